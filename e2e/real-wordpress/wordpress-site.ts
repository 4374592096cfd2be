/**
 * A real WordPress for the tests, from Debian's packages (wordpress, mariadb-server, apache2,
 * libapache2-mod-php, wordpress-theme-twentytwentythree, wordpress-theme-twentytwentyone, which
 * `.ci/install-wordpress` installs): MariaDB and Apache started on loopback, each in a folder of
 * their own under the system's temporary folder, and two sites installed non-interactively
 * through WordPress's own installer, one per theme. Posts are published through WordPress's PHP
 * API (php/publish.php). The one test-only change is the must-use plugin php/loopback-oembed.php,
 * which lets WordPress discover oEmbed on a loopback address; nothing else of WordPress is
 * modelled or changed.
 *
 * Debian's wp-config.php reads /etc/wordpress/config-<name>.php, the name taken from the
 * WORDPRESS_CONFIG variable (Apache's SetEnv, or the environment for php-cli): each site gets one
 * such file, removed again by stop().
 */
import { spawn, execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
/**
 * The longest one step of starting or using WordPress may take (it takes a few seconds): past it
 * the step fails naming itself, rather than hang till the fixture's timeout says only "setup".
 */
const STEP_TIMEOUT_MS = 60_000;
const here = dirname(fileURLToPath(import.meta.url));
const WORDPRESS = '/usr/share/wordpress';
const PHP_MODULE = '/usr/lib/apache2/modules/libphp8.2.so';

/** Debian's names for the two themes the tests publish under: a block theme and a classic one. */
export const THEMES = { block: 'twentytwentythree', classic: 'twentytwentyone' } as const;
export type ThemeKind = keyof typeof THEMES;

const NEEDED = [
  ['/usr/sbin/apache2', 'apache2'],
  [PHP_MODULE, 'libapache2-mod-php'],
  ['/usr/sbin/mariadbd', 'mariadb-server'],
  ['/usr/bin/mariadb-install-db', 'mariadb-server'],
  [`${WORDPRESS}/wp-load.php`, 'wordpress'],
  [`${WORDPRESS}/wp-content/themes/${THEMES.block}/theme.json`, `wordpress-theme-${THEMES.block}`],
  [
    `${WORDPRESS}/wp-content/themes/${THEMES.classic}/style.css`,
    `wordpress-theme-${THEMES.classic}`,
  ],
] as const;

export interface Post {
  title: string;
  content: string;
}
export interface Published {
  id: number;
  url: string;
}

export interface WordPressSites {
  /** Each theme's site address, ending in "/". */
  home: Record<ThemeKind, string>;
  publish(theme: ThemeKind, posts: Post[]): Promise<Published[]>;
  /** Saves new content into a published post, as the editor's "Update" does. */
  update(theme: ThemeKind, id: number, content: string): Promise<void>;
  /** The post's oEmbed cache as WordPress holds it (meta key → value). */
  oembedCache(theme: ThemeKind, id: number): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/** A clear failure naming what to install, never a skip. */
function checkInstalled() {
  const missing = NEEDED.filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg);
  if (missing.length) {
    throw new Error(
      `The real-WordPress tests need Debian's ${[...new Set(missing)].join(', ')}. ` +
        'Install them with: bash .ci/install-wordpress',
    );
  }
  if (!existsSync('/etc/wordpress') || !canWrite('/etc/wordpress')) {
    throw new Error(
      "The real-WordPress tests write a site configuration into /etc/wordpress/ (Debian's " +
        'wp-config.php reads it from there): run them as root, or make /etc/wordpress writable.',
    );
  }
}

function canWrite(dir: string): boolean {
  const probe = join(dir, `.probe-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `check` holds, polling a child's progress; rejects with its output if it exits. */
async function until(
  what: string,
  child: ChildProcess,
  output: () => string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
) {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${what} exited (${child.exitCode}):\n${output()}`);
    if (await check()) return;
    if (Date.now() - started > timeoutMs)
      throw new Error(`${what} did not start in ${timeoutMs / 1000} s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A server in a process group of its own: Apache in the foreground stops its children by
 * signalling its whole process group, which would otherwise be the test runner's.
 */
function started(command: string, args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  // Never outlive the tests, even when a worker is ended abruptly.
  const orphan = () => child.exitCode === null && child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  return { child, output: () => text };
}

/**
 * Whether a server answers on the port. Each try has its own deadline: a connection accepted and
 * never answered (a server still starting, or another process that took the port) would
 * otherwise hold `until` past its own.
 */
const answers = async (port: number) =>
  fetch(`http://127.0.0.1:${port}/`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(5_000),
  }).then(
    () => true,
    () => false,
  );

export async function startWordPress(): Promise<WordPressSites> {
  checkInstalled();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'explainer-wordpress-'));
  chmodSync(dir, 0o755); // Apache's children run as www-data and read the content folder from here.
  const id = randomBytes(4).toString('hex');
  const children: ChildProcess[] = [];
  const configs: string[] = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    for (const file of configs) rmSync(file, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // MariaDB: its own data folder and socket, no TCP port.
    const data = join(dir, 'mysql');
    const socketDir = join(dir, 'mysqld');
    mkdirSync(socketDir);
    if (root) chownSync(socketDir, uid('mysql'), gid('mysql'));
    const asUser = root ? ['--user=mysql'] : [];
    await run(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${data}`,
        ...asUser,
        '--skip-test-db',
        '--auth-root-authentication-method=socket',
      ],
      { timeout: STEP_TIMEOUT_MS },
    );
    const socket = join(socketDir, 'mysqld.sock');
    const init = join(dir, 'init.sql');
    writeFileSync(
      init,
      [
        'CREATE DATABASE IF NOT EXISTS wordpress;',
        "CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';",
        "GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
        '',
      ].join('\n'),
    );
    chmodSync(init, 0o644);
    const db = started('/usr/sbin/mariadbd', [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(socketDir, 'mysqld.pid')}`,
      `--init-file=${init}`,
      ...asUser,
    ]);
    children.push(db.child);
    await until('MariaDB', db.child, db.output, () =>
      db.output().includes('ready for connections'),
    );

    // WordPress's content folder: Debian's two themes, uploads, and the must-use plugin.
    const content = join(dir, 'wp-content');
    for (const sub of ['themes', 'mu-plugins', 'uploads', 'plugins'])
      mkdirSync(join(content, sub), { recursive: true });
    for (const theme of Object.values(THEMES))
      symlinkSync(join(WORDPRESS, 'wp-content/themes', theme), join(content, 'themes', theme));
    copyFileSync(
      join(here, 'php/loopback-oembed.php'),
      join(content, 'mu-plugins/loopback-oembed.php'),
    );
    if (root) chownSync(join(content, 'uploads'), uid('www-data'), gid('www-data'));
    for (const sub of ['', 'themes', 'mu-plugins', 'uploads', 'plugins'])
      chmodSync(join(content, sub), 0o755);

    // One configuration per site, as Debian's README.Debian describes.
    const ports = { block: await freePort(), classic: await freePort() };
    const home = {
      block: `http://127.0.0.1:${ports.block}/`,
      classic: `http://127.0.0.1:${ports.classic}/`,
    };
    const configName = (theme: ThemeKind) => `explainer-tests-${id}-${theme}`;
    for (const theme of Object.keys(THEMES) as ThemeKind[]) {
      const file = `/etc/wordpress/config-${configName(theme)}.php`;
      configs.push(file);
      writeFileSync(file, siteConfig({ socket, home: home[theme], table: `${theme}_`, content }));
    }

    // Apache with mod_php: one virtual host per site.
    const conf = join(dir, 'apache2.conf');
    writeFileSync(conf, apacheConfig({ dir, ports, configName, content, root }));
    const web = started('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND']);
    children.push(web.child);
    await until(
      'Apache',
      web.child,
      () => `${web.output()}\n${readIfThere(join(dir, 'apache-error.log'))}`,
      async () => (await answers(ports.block)) && (await answers(ports.classic)),
    );

    const php = async (
      theme: ThemeKind,
      script: string,
      env: Record<string, string> = {},
      input?: string,
    ) => {
      const phpEnv = {
        ...process.env,
        ...env,
        WORDPRESS_CONFIG: configName(theme),
        HTTP_HOST: `127.0.0.1:${ports[theme]}`,
      };
      return new Promise<string>((resolve, reject) => {
        const child = execFile(
          'php',
          [join(here, 'php', script)],
          { env: phpEnv, maxBuffer: 8 << 20, timeout: STEP_TIMEOUT_MS },
          (error, stdout, stderr) => {
            const why = error?.killed ? `no answer in ${STEP_TIMEOUT_MS / 1000} s` : error?.message;
            if (error) reject(new Error(`php ${script} (${theme}): ${stderr || why}`));
            else resolve(stdout);
          },
        );
        child.stdin!.end(input ?? '');
      });
    };
    for (const theme of Object.keys(THEMES) as ThemeKind[])
      await php(theme, 'install.php', { WP_THEME: THEMES[theme] });

    return {
      home,
      publish: async (theme, posts) =>
        JSON.parse(await php(theme, 'publish.php', {}, JSON.stringify(posts))) as Published[],
      update: async (theme, postId, content) =>
        void (await php(theme, 'publish.php', {}, JSON.stringify([{ update: postId, content }]))),
      oembedCache: async (theme, postId) =>
        JSON.parse(await php(theme, 'oembed-cache.php', { POST_ID: String(postId) })) as Record<
          string,
          string
        >,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readIfThere(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** A system user's or group's numeric id (Debian's packages made `mysql` and `www-data`). */
const systemId = (flag: '-u' | '-g', name: string) =>
  Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
const uid = (name: string) => systemId('-u', name);
const gid = (name: string) => systemId('-g', name);

/** A PHP single-quoted string literal. */
const phpString = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

function siteConfig({
  socket,
  home,
  table,
  content,
}: {
  socket: string;
  home: string;
  table: string;
  content: string;
}): string {
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  return `<?php
// Written by the explainer's tests (e2e/real-wordpress/wordpress-site.ts), removed when they stop.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', ${phpString(`localhost:${socket}`)});
$table_prefix = ${phpString(table)};
define('WP_HOME', ${phpString(home.replace(/\/$/, ''))});
define('WP_SITEURL', ${phpString(home.replace(/\/$/, ''))});
define('WP_CONTENT_DIR', ${phpString(content)});
define('WP_CONTENT_URL', ${phpString(`${home}wp-content`)});
// This machine has no network beyond loopback: WordPress's scheduled calls to wordpress.org
// (update checks) could only time out.
define('DISABLE_WP_CRON', true);
${keys.map((k) => `define('${k}', ${phpString(randomBytes(24).toString('base64'))});`).join('\n')}
`;
}

function apacheConfig({
  dir,
  ports,
  configName,
  content,
  root,
}: {
  dir: string;
  ports: Record<ThemeKind, number>;
  configName: (theme: ThemeKind) => string;
  content: string;
  root: boolean;
}): string {
  const modules = ['mpm_prefork', 'authz_core', 'dir', 'mime', 'alias', 'env', 'rewrite'];
  const vhosts = (Object.keys(ports) as ThemeKind[]).map(
    (theme) => `Listen 127.0.0.1:${ports[theme]}
<VirtualHost 127.0.0.1:${ports[theme]}>
  SetEnv WORDPRESS_CONFIG ${configName(theme)}
</VirtualHost>`,
  );
  return `ServerRoot ${dir}
ServerName 127.0.0.1
PidFile ${join(dir, 'apache.pid')}
DefaultRuntimeDir ${dir}
Mutex file:${dir} default
${root ? 'User www-data\nGroup www-data' : ''}
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
LoadModule php_module ${PHP_MODULE}
ErrorLog ${join(dir, 'apache-error.log')}
LogLevel warn
TypesConfig /etc/mime.types
StartServers 2
MinSpareServers 2
MaxSpareServers 4
DocumentRoot ${WORDPRESS}
DirectoryIndex index.php index.html
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${WORDPRESS}>
  Options FollowSymLinks
  Require all granted
  # The rules WordPress writes into .htaccess: addresses that are no file go to WordPress
  # (its favicon, pretty permalinks).
  RewriteEngine On
  RewriteRule ^index\\.php$ - [L]
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME} !-d
  RewriteRule . /index.php [L]
</Directory>
Alias /wp-content ${content}
<Directory ${content}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${WORDPRESS}/wp-content/themes>
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
${vhosts.join('\n')}
`;
}
