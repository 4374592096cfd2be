/**
 * Every label of one step's map, placed: what the page, the embed, /read/ and the social card
 * all draw. It turns the view (what is highlighted, marked, drawn) into label requests with a
 * cartographic order of importance, and the projected geometry into obstacles, then lets the
 * engine (place-labels.ts) place them. The words come in as `names`, the type as `style`.
 */
import type { Camera, Viewport } from './camera-math.ts';
import {
  boxTouchesLine,
  pointInRing,
  type OrientedBox,
  type Rect,
  type ScreenPoint,
} from './label-geometry.ts';
import { alongLine, besidePoint, overArea } from './label-spots.ts';
import {
  placeLabels,
  type LabelFont,
  type LabelRequest,
  type PlacedLabel,
  type TextMeasure,
} from './place-labels.ts';
import type { RiverId } from './border-rivers.ts';
import type { WorldPoint } from './types.ts';
import type { WorldGeometry } from './world-geometry.ts';

/** What a step's map shows, as far as its labels care (a structural subset of a map view). */
export interface LabelledView {
  readonly highlight: readonly {
    readonly regions: readonly string[];
    readonly tone: 'primary' | 'secondary';
  }[];
  readonly places: readonly string[];
  readonly orientation?: readonly string[];
  readonly border: boolean;
  readonly rivers?: readonly RiverId[];
  readonly route?: string;
}

/** The words on the map, by id (from data/). */
export interface MapNames {
  readonly regions: Readonly<Record<string, string>>;
  readonly places: Readonly<Record<string, string>>;
  readonly rivers: Readonly<Record<RiverId, string>>;
  /** Seas and neighbours (data/orientation.json). */
  readonly orientation: Readonly<Record<string, string>>;
}

/**
 * Kinds of label, most important first. Subject: places a report names, then the highlighted
 * regions. Context: orientation places, the rivers the text names, the story's countries,
 * neighbours, seas.
 */
export const LABEL_KINDS = [
  'place',
  'region-primary',
  'region-secondary',
  'orientation-place',
  'river',
  'country',
  'neighbour',
  'sea',
] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

/** How the labels of one medium (page, card) are set. */
export interface LabelStyle {
  readonly fonts: Readonly<Record<LabelKind, LabelFont>>;
  /** Radius of a place dot with its white ring, px. */
  readonly dotRadius: number;
  /** Px kept between a dot's centre and its name. */
  readonly dotGap: number;
  /** Px a label keeps from the centre of a drawn line (the border, a route). */
  readonly lineClear: number;
  /** Px a river's name sits off the river. */
  readonly riverGap: number;
  /**
   * Half the length and width of the box kept clear around a gesture's arrowhead (drawn back from
   * its tip), px.
   */
  readonly headClear: number;
  /** Px kept clear along the drawing's edges. */
  readonly edge: number;
}

export interface ViewLabelsInput {
  readonly world: Pick<
    WorldGeometry,
    'anchors' | 'places' | 'orientation' | 'land' | 'borderLines' | 'rivers' | 'routes'
  >;
  readonly view: LabelledView;
  readonly names: MapNames;
  readonly camera: Camera;
  readonly viewport: Viewport;
  readonly style: LabelStyle;
  readonly measure: TextMeasure;
  /** Boxes labels must stay out of, in the drawing's px: the legend over the map. */
  readonly keepOut?: readonly Rect[];
}

/** A placed label and the kind it is (the medium styles it by kind). */
export type MapLabel = PlacedLabel & { readonly kind: LabelKind };

/** A place dot: marked (a report names it) or for orientation only. */
export interface MapDot {
  readonly id: string;
  readonly kind: 'place' | 'orientation';
  readonly at: ScreenPoint;
}

export interface ViewLabels {
  readonly dots: readonly MapDot[];
  readonly labels: readonly MapLabel[];
  /** Labels that found no room, most important first. */
  readonly dropped: readonly string[];
  /** Everything the labels kept clear of, for tests and the card. */
  readonly obstacles: {
    readonly lines: readonly (readonly ScreenPoint[])[];
    readonly rects: readonly Rect[];
    readonly boxes: readonly OrientedBox[];
  };
}

const PRIORITY: Readonly<Record<LabelKind, number>> = {
  place: 10,
  'region-primary': 20,
  'region-secondary': 25,
  'orientation-place': 30,
  river: 40,
  country: 50,
  neighbour: 60,
  sea: 70,
};

/** Places every label of a view under its camera. Deterministic: same input, same layout. */
export function viewLabels({
  world,
  view,
  names,
  camera,
  viewport,
  style,
  measure,
  keepOut = [],
}: ViewLabelsInput): ViewLabels {
  const screen = (p: WorldPoint): ScreenPoint => camera.apply(p);
  const area: Rect = {
    x0: style.edge,
    y0: style.edge,
    x1: viewport.width - style.edge,
    y1: viewport.height - style.edge,
  };
  const onScreen = ([x, y]: ScreenPoint) =>
    x >= 0 && x <= viewport.width && y >= 0 && y <= viewport.height;
  const requests: LabelRequest[] = [];
  const kinds = new Map<string, LabelKind>();
  const request = (
    id: string,
    kind: LabelKind,
    text: string | undefined,
    spots: LabelRequest['spots'],
    fits?: LabelRequest['fits'],
  ) => {
    if (!text) return;
    kinds.set(id, kind);
    requests.push({
      id,
      text,
      font: style.fonts[kind],
      priority: PRIORITY[kind],
      spots,
      ...(fits ? { fits } : {}),
    });
  };

  const dots: MapDot[] = [
    ...view.places.flatMap((id) => dot(id, 'place' as const)),
    ...(view.orientation ?? []).flatMap((id) => dot(id, 'orientation' as const)),
  ];
  function dot(id: string, kind: MapDot['kind']): MapDot[] {
    const at = world.places[id];
    return at && onScreen(screen(at)) ? [{ id, kind, at: screen(at) }] : [];
  }
  for (const d of dots)
    request(
      `${d.kind}-${d.id}`,
      d.kind === 'place' ? 'place' : 'orientation-place',
      names.places[d.id],
      besidePoint(d.at, style.dotGap),
    );

  // A city-province marked as a place (Beijing) is named once, by its dot.
  const placeNames = new Set(view.places.map((id) => names.places[id]));
  for (const group of view.highlight) {
    for (const id of group.regions) {
      const at = world.anchors[id];
      const name = names.regions[id];
      if (!at || placeNames.has(name)) continue;
      request(
        `region-${id}`,
        group.tone === 'primary' ? 'region-primary' : 'region-secondary',
        name,
        overArea([screen(at)]),
      );
    }
  }

  const border = view.border ? world.borderLines.map((line) => line.map(screen)) : [];
  for (const river of view.border ? (view.rivers ?? []) : []) {
    request(
      `river-${river}`,
      'river',
      names.rivers[river],
      alongLine(world.rivers[river].map(screen), style.riverGap, area),
    );
  }

  // Orientation: a country already named by its highlight is not named again.
  const highlighted = new Set(view.highlight.flatMap((h) => h.regions));
  const onLand = landTest(world.land, camera);
  for (const o of world.orientation) {
    if (highlighted.has(o.id)) continue;
    const kind: LabelKind =
      o.kind === 'sea' ? 'sea' : o.kind === 'neighbour' ? 'neighbour' : 'country';
    const text = o.kind === 'country' ? names.regions[o.id] : names.orientation[o.id];
    const anchors = o.anchors.map(screen);
    if (o.kind === 'sea')
      request(`sea-${o.id}`, kind, text, overArea(anchors), (box) => !onLand.touches(box));
    else
      request(`${kind}-${o.id}`, kind, text, overArea(anchors), (box) =>
        onLand.holds([box.cx, box.cy], o.country),
      );
  }

  const route = view.route ? world.routes[view.route] : undefined;
  const routeLine = route ? route.points.map(screen) : undefined;
  const head = route?.head ? screen(route.head.at) : undefined;
  const rects: Rect[] = [...keepOut];
  const boxes: OrientedBox[] = [];
  if (head && route?.head) {
    const a = (route.head.angle * Math.PI) / 180;
    boxes.push({
      cx: head[0] - Math.cos(a) * style.headClear * 0.8,
      cy: head[1] - Math.sin(a) * style.headClear * 0.8,
      hw: style.headClear,
      hh: style.headClear * 0.7,
      angle: route.head.angle,
    });
  }
  const lines = [...border, ...(routeLine ? [routeLine] : [])];
  const { placed, dropped } = placeLabels(
    requests,
    {
      discs: dots.map((d) => ({ at: d.at, r: style.dotRadius })),
      lines: lines.map((points) => ({ points, clear: style.lineClear })),
      rects,
      boxes,
    },
    area,
    measure,
  );
  return {
    dots,
    labels: placed.map((p) => ({ ...p, kind: kinds.get(p.id) ?? 'place' })),
    dropped,
    obstacles: { lines, rects, boxes },
  };
}

/**
 * Whether boxes touch land and points lie on it, under one camera (rings turned to screen once,
 * when needed).
 */
function landTest(rings: ViewLabelsInput['world']['land'], camera: Camera) {
  const cache = new Map<number, ScreenPoint[]>();
  const ringOnScreen = (i: number) => {
    let points = cache.get(i);
    if (!points) cache.set(i, (points = (rings[i]?.points ?? []).map((p) => camera.apply(p))));
    return points;
  };
  const near = (x0: number, y0: number, x1: number, y1: number) =>
    rings.flatMap((ring, i) => {
      const [[rx0, ry0], [rx1, ry1]] = ring.bounds;
      const [sx0, sy0] = camera.apply([rx0, ry0]);
      const [sx1, sy1] = camera.apply([rx1, ry1]);
      return sx1 >= x0 && sx0 <= x1 && sy1 >= y0 && sy0 <= y1 ? [i] : [];
    });
  /** On land (of `owner`'s, when given: a country's name sits on that country). */
  const holds = (p: ScreenPoint, owner?: string) => {
    let inside = false;
    for (const i of near(p[0], p[1], p[0], p[1]))
      if ((!owner || rings[i]?.owner === owner) && pointInRing(p, ringOnScreen(i)))
        inside = !inside;
    return inside;
  };
  return {
    holds,
    touches: (box: OrientedBox) => {
      const r = Math.hypot(box.hw, box.hh);
      return (
        holds([box.cx, box.cy]) ||
        near(box.cx - r, box.cy - r, box.cx + r, box.cy + r).some((i) =>
          boxTouchesLine(box, ringOnScreen(i)),
        )
      );
    },
  };
}
