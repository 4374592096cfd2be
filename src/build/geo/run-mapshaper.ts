import type { Feature, Polygon, Position } from 'geojson';
import mapshaper from 'mapshaper';
import type { LonLatBox } from './build-config.ts';
import type { BuildInput } from './select-features.ts';

/** The knobs of one mapshaper run (see build-config.ts for the values used). */
export interface MapshaperSettings {
  readonly preclipBox: LonLatBox;
  readonly clipBox: LonLatBox;
  readonly clipEdgeStepDeg: number;
  readonly minIslandAreaKm2: number;
  readonly quantization: number;
}

/**
 * The clip frame as a polygon whose parallel edges carry a vertex every
 * `stepDeg` degrees (see CLIP_EDGE_STEP_DEG for why). Counter-clockwise, as
 * RFC 7946 asks.
 */
export function densifiedFrame(box: LonLatBox, stepDeg: number): Feature<Polygon> {
  const [west, south, east, north] = box;
  const steps = Math.max(1, Math.ceil((east - west) / stepDeg));
  const ring: Position[] = [];
  // South edge west → east, then north edge east → west: counter-clockwise.
  for (let i = 0; i <= steps; i++) ring.push([round6(west + ((east - west) * i) / steps), south]);
  for (let i = 0; i <= steps; i++) ring.push([round6(east - ((east - west) * i) / steps), north]);
  ring.push([west, south]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Clip, simplify and quantize the build inputs into one TopoJSON text with an
 * object per input layer (`provinces`, `context`).
 *
 * All features go through mapshaper as ONE layer until the very end, for two
 * reasons: arcs shared between layers (the Russian–Chinese border is both a
 * context and a province edge) are then detected and simplified once, and
 * mapshaper's per-feature ("variable") simplification only handles a single
 * layer. The layer is split by the `layer` attribute just before output.
 */
export async function runMapshaper(
  inputs: readonly BuildInput[],
  settings: MapshaperSettings,
): Promise<string> {
  const commands = [
    '-i region.json',
    `-clip bbox=${settings.preclipBox.join(',')}`,
    // `detail` is each feature's tolerance in metres; a shared arc keeps the
    // smallest tolerance of the features it bounds.
    '-simplify variable interval=detail keep-shapes',
    `-filter-islands min-area=${settings.minIslandAreaKm2}km2`,
    '-clip frame.json',
    '-split layer',
    `-o out.json format=topojson quantization=${settings.quantization} id-field=id`,
    '-quiet',
  ].join(' ');

  const output = await mapshaper.applyCommands(commands, {
    'region.json': { type: 'FeatureCollection', features: inputs },
    'frame.json': {
      type: 'FeatureCollection',
      features: [densifiedFrame(settings.clipBox, settings.clipEdgeStepDeg)],
    },
  });
  const text = output['out.json'];
  if (text === undefined)
    throw new Error(`mapshaper wrote no out.json (got: ${Object.keys(output).join(', ')})`);
  return typeof text === 'string' ? text : new TextDecoder().decode(text);
}
