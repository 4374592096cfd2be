/**
 * Shared types of the map engine: the shape of `data/geo/region.topo.json`
 * and the small value types the engine passes around.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A position in degrees: [longitude, latitude] (WGS84). */
export type LonLat = readonly [lon: number, lat: number];

/** A position in the fixed world space of the base projection. */
export type WorldPoint = readonly [x: number, y: number];

/** An axis-aligned box in world space: [[x0, y0], [x1, y1]] with x0 ≤ x1, y0 ≤ y1. */
export type WorldBounds = readonly [readonly [number, number], readonly [number, number]];

/** ISO 3166-1 alpha-2 codes of the countries drawn province by province. */
export type ProvinceCountry = 'CN' | 'KP' | 'KR';

/** `properties` of a province: `id` (on the feature) is its ISO 3166-2 code. */
// Type aliases rather than interfaces: TopoJSON's typings need properties
// assignable to GeoJSON's open `{ [name: string]: any }`, which only
// object-literal types are implicitly.
export type ProvinceProperties = {
  /** English name, fit to show to readers. */
  readonly name: string;
  readonly country: ProvinceCountry;
};

/** `properties` of a context country: `id` is its ISO 3166-1 alpha-2 code. */
export type ContextProperties = {
  readonly name: string;
};

/** The objects of the committed topology. */
export type RegionObjects = {
  /** Provinces of China, North Korea and South Korea inside the map frame. */
  provinces: GeometryCollection<ProvinceProperties>;
  /** Russia, Mongolia and Japan, for context. */
  context: GeometryCollection<ContextProperties>;
};

/** `data/geo/region.topo.json`. */
export type RegionTopology = Topology<RegionObjects>;

/** A province as a GeoJSON feature; `id` is its ISO 3166-2 code. */
export type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProperties> & { id: string };

/** A context country as a GeoJSON feature; `id` is its ISO 3166-1 alpha-2 code. */
export type ContextFeature = Feature<Polygon | MultiPolygon, ContextProperties> & { id: string };

/** A map marker, as listed in `data/places.json`. */
export interface Place {
  readonly id: string;
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
}
