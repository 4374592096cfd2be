/**
 * Every step's map, at every screen shape from a small phone to an ultra-wide monitor, in the
 * embed and /read/ cards and on the 1200×630 social card:
 *
 * - coverage: the part of the world on screen lies inside the drawn geography (no data edge);
 * - collisions: no label overlaps another label, a place dot, the border or route line, or the
 *   caption over the map; the caption never covers the step's subject.
 *
 * The checks are written independently of the engine (they sample points; the engine uses
 * separating axes), and each is shown to fail on a broken input at the end.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../content/read-content-files.ts';
import { validateContent } from '../../content/validate-content.ts';
import type { MapView } from '../../content/schema.ts';
import type { Camera, Viewport } from '../../geo/camera-math.ts';
import { uncoveredPoints } from '../../geo/coverage.ts';
import { MAP_COVERAGE, type LonLatBox } from '../../geo/frame.ts';
import {
  pointInRing,
  type OrientedBox,
  type Rect,
  type ScreenPoint,
} from '../../geo/label-geometry.ts';
import { createBaseProjection } from '../../geo/projection.ts';
import { contextFeatures, provinceFeatures } from '../../geo/geography.ts';
import { geoBounds } from 'd3-geo';
import { cameraForView, subjectBounds } from '../../geo/view-camera.ts';
import { viewLabels, type ViewLabels } from '../../geo/view-labels.ts';
import { readRegionTopology } from '../../build/social/write-social-images.ts';
import { socialMapCamera } from '../../build/social/social-image-svg.tsx';
import { legendItems } from './legend-items.ts';
import { mapChrome, type Framing } from './map-chrome.ts';
import { mapNames } from './map-names.ts';
import { measurePageText, PAGE_LABEL_STYLE } from './page-label-style.ts';
import { worldForContent } from './world-for-content.ts';

const { editions } = validateContent(readContentFiles(process.cwd()));
if (!editions) throw new Error('data/ does not validate: run npm run check:content');
type Edition = (typeof editions)[number];
const topology = readRegionTopology(process.cwd());
// The geometry is every edition's; names, captions and so the cameras and labels are each's own.
const world = worldForContent(editions[0]!, topology);
const projection = createBaseProjection();
/**
 * What the geometry really covers: the extent of its land, in degrees (the build clips to a box
 * that land reaches on every side, so inside it no land means sea). Taken from the data, not
 * from the box the camera is told, so a narrowed geometry fails here.
 */
const coverage: LonLatBox = (() => {
  const all = [...provinceFeatures(topology), ...contextFeatures(topology)];
  const [[w, s], [e, n]] = geoBounds({ type: 'FeatureCollection', features: all });
  return [w, s, e, n];
})();
const stepsOf = (edition: Edition) =>
  edition.sections.flatMap((section) =>
    section.steps.map((step, i) => ({ name: `${section.slug} ${i + 1}`, view: step.map })),
  );
const stepCount = stepsOf(editions[0]!).length;

/** Browser windows from a small phone to an ultra-wide monitor, portrait and landscape. */
const WINDOWS: readonly [number, number][] = [
  [320, 568],
  [360, 640],
  [375, 667],
  [390, 844],
  [414, 896],
  [430, 932],
  [568, 320],
  [667, 375],
  [844, 390],
  [932, 430],
  [768, 1024],
  [820, 1180],
  [1024, 768],
  [1024, 1366],
  [1280, 800],
  [1366, 768],
  [1440, 900],
  [1920, 1080],
  [2560, 1080],
  [2560, 1440],
];

/**
 * The story map's drawing for a window, as global.css lays it out: behind the text, or beside it
 * from 56rem.
 */
function storyCanvas([w, h]: readonly [number, number]): { viewport: Viewport; beside: boolean } {
  return w >= 896
    ? { viewport: { width: w - 48 - 480 - 32, height: h - 48 }, beside: true }
    : { viewport: { width: w, height: h }, beside: false };
}

interface Frame {
  edition: Edition;
  name: string;
  view: MapView;
  viewport: Viewport;
  camera: Camera;
  caption: Rect | null;
}

function frame(
  edition: Edition,
  name: string,
  view: MapView,
  viewport: Viewport,
  framing: Framing,
  beside: boolean,
): Frame {
  const chrome = mapChrome(
    viewport,
    framing,
    legendItems(view, edition),
    `${edition.ui.mapShows}: ${view.description}`,
    beside,
  );
  return {
    edition,
    name,
    view,
    viewport,
    camera: cameraForView(subjectBounds(world, view), viewport, chrome.padding, world.coverage),
    caption: chrome.caption,
  };
}

/**
 * Every step in every window, in the embed and /read/ cards (and print), and on the social card.
 */
const framesOf = (edition: Edition): Frame[] =>
  stepsOf(edition).flatMap(({ name, view }) => [
    ...WINDOWS.map((win) => {
      const { viewport, beside } = storyCanvas(win);
      return frame(edition, `${name} @ ${win.join('×')}`, view, viewport, 'story', beside);
    }),
    // The embed's map at a phone and a desktop width; /read/'s 4:3 figure on screen and printed (14
    // cm).
    ...(
      [
        [358, 258],
        [704, 352],
        [672, 504],
        [529, 397],
      ] as const
    ).map(([width, height]) =>
      frame(edition, `${name} card ${width}×${height}`, view, { width, height }, 'card', false),
    ),
    {
      edition,
      name: `${name} social`,
      view,
      viewport: { width: 640, height: 630 },
      camera: socialMapCamera(world, view),
      caption: null,
    },
  ]);
const frames = framesOf(editions[0]!);

describe('coverage: no view shows past the drawn geography', () => {
  it('is measured on the land itself, which reaches every side of the box the cameras roam', () => {
    coverage.forEach((got, i) => expect(Math.abs(got - MAP_COVERAGE[i]!)).toBeLessThan(0.01));
  });

  it.each(editions.map((e) => [e.locale.id, e] as const))(
    `holds in %s for ${stepCount} steps × ${WINDOWS.length} windows, cards, social card`,
    (_, edition) => {
      const uncovered = framesOf(edition)
        .filter((f) => uncoveredPoints(f.camera, f.viewport, coverage, projection).length > 0)
        .map((f) => f.name);
      expect(uncovered).toEqual([]);
    },
  );
});

/** Points of a box: a grid over it, edges included. */
function boxPoints(box: OrientedBox, nx = 9, ny = 3): ScreenPoint[] {
  const c = Math.cos((box.angle * Math.PI) / 180);
  const s = Math.sin((box.angle * Math.PI) / 180);
  const points: ScreenPoint[] = [];
  for (let i = 0; i <= nx; i++) {
    for (let j = 0; j <= ny; j++) {
      const u = (2 * i) / nx - 1;
      const v = (2 * j) / ny - 1;
      points.push([
        box.cx + u * box.hw * c - v * box.hh * s,
        box.cy + u * box.hw * s + v * box.hh * c,
      ]);
    }
  }
  return points;
}

/** Whether a point lies strictly inside a box, grown by `grow` px. */
function inBox([x, y]: ScreenPoint, box: OrientedBox, grow = 0): boolean {
  const c = Math.cos((box.angle * Math.PI) / 180);
  const s = Math.sin((box.angle * Math.PI) / 180);
  const dx = x - box.cx;
  const dy = y - box.cy;
  return (
    Math.abs(dx * c + dy * s) < box.hw + grow - 1e-6 &&
    Math.abs(-dx * s + dy * c) < box.hh + grow - 1e-6
  );
}

/** Points every px along a line. */
function linePoints(line: readonly ScreenPoint[]): ScreenPoint[] {
  const out: ScreenPoint[] = [];
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1]!;
    const [bx, by] = line[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay)));
    for (let j = 0; j <= n; j++) out.push([ax + ((bx - ax) * j) / n, ay + ((by - ay) * j) / n]);
  }
  return out;
}

const rectAsBox = ({ x0, y0, x1, y1 }: Rect): OrientedBox => ({
  cx: (x0 + x1) / 2,
  cy: (y0 + y1) / 2,
  hw: (x1 - x0) / 2,
  hh: (y1 - y0) / 2,
  angle: 0,
});

/** Every collision in a frame's labels, in words ("Jilin × border"). */
function collisions(f: Frame, labels: ViewLabels): string[] {
  const found: string[] = [];
  const style = PAGE_LABEL_STYLE;
  labels.labels.forEach((a, i) => {
    const pts = boxPoints(a.box);
    for (const b of labels.labels.slice(i + 1))
      if (pts.some((p) => inBox(p, b.box)) || boxPoints(b.box).some((p) => inBox(p, a.box)))
        found.push(`${a.id} × ${b.id}`);
    for (const d of labels.dots)
      if (pts.some(([x, y]) => Math.hypot(x - d.at[0], y - d.at[1]) < style.dotRadius - 0.5))
        found.push(`${a.id} × dot ${d.id}`);
    labels.obstacles.lines.forEach((line, k) => {
      if (linePoints(line).some((p) => inBox(p, a.box, style.lineClear - 0.5)))
        found.push(`${a.id} × line ${k}`);
    });
    for (const b of labels.obstacles.boxes)
      if (pts.some((p) => inBox(p, b)) || boxPoints(b).some((p) => inBox(p, a.box)))
        found.push(`${a.id} × arrowhead`);
    if (
      f.caption &&
      (pts.some((p) => inBox(p, rectAsBox(f.caption!))) ||
        boxPoints(rectAsBox(f.caption)).some((p) => inBox(p, a.box)))
    )
      found.push(`${a.id} × caption`);
    if (pts.some(([x, y]) => x < 0 || y < 0 || x > f.viewport.width || y > f.viewport.height))
      found.push(`${a.id} off the map`);
  });
  return found;
}

/**
 * The four screens the screenshots are taken at, every card, and the social card's layout.
 */
const COLLISION_WINDOWS = ['390×844', '844×390', '1440×900', '2560×1080'];
const collisionFramesOf = (edition: Edition) =>
  framesOf(edition).filter(
    (f) => COLLISION_WINDOWS.some((w) => f.name.endsWith(`@ ${w}`)) || f.name.includes(' card '),
  );
const collisionFrames = collisionFramesOf(editions[0]!);

function labelsOf(f: Frame): ViewLabels {
  return viewLabels({
    world,
    view: f.view,
    names: mapNames(f.edition),
    camera: f.camera,
    viewport: f.viewport,
    style: PAGE_LABEL_STYLE,
    measure: measurePageText,
    keepOut: f.caption ? [f.caption] : [],
  });
}

describe.each(editions.map((e) => [e.locale.id, e] as const))(
  'collisions in %s: labels overlap nothing',
  (_, edition) => {
    // Each edition's names, measured as the page measures them (Hangul and Han at a full em).
    const collisionFrames = collisionFramesOf(edition);
    const frames = framesOf(edition);
    it(`holds for ${stepCount} steps × ${COLLISION_WINDOWS.length} screens, 4 card sizes`, () => {
      const problems = collisionFrames.flatMap((f) =>
        collisions(f, labelsOf(f)).map((c) => `${f.name}: ${c}`),
      );
      expect(problems).toEqual([]);
    });

    it('names every marked place, and the river only where the text names it', () => {
      for (const f of collisionFrames) {
        const placed = new Set(labelsOf(f).labels.map((l) => l.id));
        for (const id of f.view.places)
          expect(placed.has(`place-${id}`), `${f.name}: ${id}`).toBe(true);
      }
      // The Tumen is named where the text names it, and only there.
      const crossing = collisionFrames.find((f) => f.name === 'crossing-the-river 2 @ 1440×900')!;
      expect(labelsOf(crossing).labels.map((l) => l.id)).toContain('river-tumen');
      for (const f of collisionFrames)
        if (!f.view.rivers?.length)
          expect(
            labelsOf(f).labels.some((l) => l.kind === 'river'),
            f.name,
          ).toBe(false);
    });

    it("writes a country's name on that country and a sea's on open water", () => {
      const owners: Record<string, string> = Object.fromEntries(
        world.orientation.flatMap((o) => (o.country ? [[o.id, o.country]] : [])),
      );
      const problems = collisionFrames.flatMap((f) =>
        labelsOf(f).labels.flatMap((l) => {
          const onLand = (p: ScreenPoint, owner?: string) =>
            world.land
              .filter((r) => !owner || r.owner === owner)
              .reduce(
                (inside, r) =>
                  pointInRing(
                    p,
                    r.points.map((q) => f.camera.apply(q)),
                  )
                    ? !inside
                    : inside,
                false,
              );
          if (l.kind === 'country' || l.kind === 'neighbour') {
            const id = l.id.replace(/^(country|neighbour)-/, '');
            return onLand([l.box.cx, l.box.cy], owners[id])
              ? []
              : [`${f.name}: ${l.text} off its land`];
          }
          if (l.kind === 'sea')
            return boxPoints(l.box).some((p) => onLand(p)) ? [`${f.name}: ${l.text} on land`] : [];
          return [];
        }),
      );
      expect(problems).toEqual([]);
    });

    it('keeps the caption clear of every shaded region', () => {
      const covered = frames.flatMap((f) => {
        if (!f.caption) return [];
        const subject = f.view.highlight.flatMap((h) => h.regions);
        if (subject.length === 0) return [];
        const [[x0, y0], [x1, y1]] = world.viewBounds({ regions: subject });
        const [sx0, sy0] = f.camera.apply([x0, y0]);
        const [sx1, sy1] = f.camera.apply([x1, y1]);
        const c = f.caption;
        return sx0 < c.x1 && c.x0 < sx1 && sy0 < c.y1 && c.y0 < sy1 ? [f.name] : [];
      });
      expect(covered).toEqual([]);
    });
  },
);

describe('the checks catch what they are for', () => {
  const f = collisionFrames.find((x) => x.name === 'left-to-the-provinces 2 @ 390×844')!;

  it('a narrowed geometry leaves views uncovered', () => {
    const narrowed: LonLatBox = [110, 30, 136, 55]; // the old frame, whose edge showed
    const uncovered = frames.filter(
      (x) => uncoveredPoints(x.camera, x.viewport, narrowed, projection).length > 0,
    );
    expect(uncovered.length).toBeGreaterThan(frames.length / 3);
  });

  it('an overlapping label is reported', () => {
    const labels = labelsOf(f);
    const [first] = labels.labels;
    expect(first).toBeDefined();
    const moved = {
      ...labels,
      labels: [
        ...labels.labels,
        { ...first!, id: 'copy', box: { ...first!.box, cx: first!.box.cx + 4 } },
      ],
    };
    expect(collisions(f, moved)).toContain(`${first!.id} × copy`);
    const onDot = {
      ...labels,
      labels: [
        { ...first!, box: { ...first!.box, cx: labels.dots[0]!.at[0], cy: labels.dots[0]!.at[1] } },
      ],
    };
    expect(collisions(f, onDot)).toContain(`${first!.id} × dot ${labels.dots[0]!.id}`);
  });
});
