import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { RegionTopology } from '../../geo/types.ts';

/** Sizes of the serialized topology, in bytes. */
export interface TopologySize {
  readonly raw: number;
  readonly gzip: number;
}

/**
 * Byte sizes of the text as written and as a server would gzip it (level 9,
 * the best case; typical servers land within a few per cent of it).
 */
export function measureSize(text: string): TopologySize {
  const bytes = Buffer.from(text, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Limits that verifyTopology enforces. */
export interface VerifyLimits {
  readonly requiredIds: readonly string[];
  readonly maxFeatureAreaSr: number;
  readonly maxRawBytes: number;
  readonly maxGzipBytes: number;
}

/**
 * Check the built topology the way the app will use it: converted back with
 * topojson-client and measured with d3-geo. Reports every problem at once:
 * missing ids, features d3 would draw inside-out (area of nearly the whole
 * globe, from a ring wound the wrong way), an empty China–North Korea border
 * mesh (the provinces would not share arcs), and size over budget.
 *
 * @throws Error listing the problems.
 */
export function verifyTopology(
  topology: RegionTopology,
  text: string,
  limits: VerifyLimits,
): TopologySize {
  const problems: string[] = [];
  const provinces = feature(topology, topology.objects.provinces).features;
  const context = feature(topology, topology.objects.context).features;
  const ids = new Set([...provinces, ...context].map((f) => String(f.id)));
  for (const id of limits.requiredIds) if (!ids.has(id)) problems.push(`missing feature ${id}`);

  for (const f of [...provinces, ...context]) {
    const area = geoArea(f);
    if (!(area > 0 && area < limits.maxFeatureAreaSr)) {
      problems.push(
        `${String(f.id)}: spherical area ${area.toFixed(4)} sr (inverted ring or empty?)`,
      );
    }
  }

  const border = mesh(topology, topology.objects.provinces, (a, b) => {
    const ca = (a.properties as { country?: string } | undefined)?.country;
    const cb = (b.properties as { country?: string } | undefined)?.country;
    return (ca === 'CN' && cb === 'KP') || (ca === 'KP' && cb === 'CN');
  });
  if (border.coordinates.length === 0)
    problems.push('no arcs are shared between a CN and a KP province');

  const size = measureSize(text);
  if (size.raw > limits.maxRawBytes)
    problems.push(`raw size ${size.raw} B > ${limits.maxRawBytes} B`);
  if (size.gzip > limits.maxGzipBytes)
    problems.push(`gzip size ${size.gzip} B > ${limits.maxGzipBytes} B`);

  if (problems.length > 0)
    throw new Error(`topology verification failed:\n  ${problems.join('\n  ')}`);
  return size;
}
