import { easeCubicInOut } from 'd3-ease';
import { animate } from 'framer-motion/dom/mini';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Camera, Coverage, Viewport } from '../../geo/camera-math.ts';
import { flightFrames } from '../../geo/flight.ts';
import { interpolateCamera } from '../../geo/interpolate-camera.ts';

/**
 * A view change this soon after mount is the page restoring its scroll position (a refresh
 * mid-story), not the reader moving on: land on it instead of replaying the way there.
 */
const SETTLE_MS = 350;

interface FlightOptions<T> {
  readonly target: Camera;
  /** What the target camera is for (a step's view): handed back with the camera once landed. */
  readonly landing: T;
  readonly viewport: Viewport;
  readonly reduceMotion: boolean;
  /** The map's canvas: marked `data-settled` once a view change flies. */
  readonly canvas: RefObject<HTMLDivElement | null>;
  /** The drawing the flight moves. */
  readonly drawing: RefObject<SVGSVGElement | null>;
  /** The drawn geography's coverage: no frame of the flight looks past it. */
  readonly coverage: Coverage;
}

/**
 * Moves the camera to `target` along d3's van Wijk–Nuij zoom, on the compositor: a Web Animation
 * (framer-motion's WAAPI `animate`, on `transform` only) moves and scales the drawing as the
 * browser last painted it (the whole land, global.css lets it paint past its box), so no frame
 * repaints, lays out or restyles it, and nothing is built for the flight. The labels step aside
 * meanwhile. On landing React draws the target view crisp and, before that frame paints, the
 * drawing's transform goes. Jumps instead when the reader prefers reduced motion, when the
 * viewport itself changed (a resize is not a story transition), and just after mount.
 *
 * Returns the camera React should draw (the last landed one), what it landed for, and whether
 * a flight is on.
 */
export function useCameraFlight<T>({
  target,
  landing,
  viewport,
  reduceMotion,
  canvas,
  drawing,
  coverage,
}: FlightOptions<T>): { camera: Camera; landed: T; flying: boolean } {
  const [{ camera, landed }, setLanded] = useState({ camera: target, landed: landing });
  const [flying, setFlying] = useState(false);
  /** Where the camera is now, mid-flight included. */
  const current = useRef(target);
  /** The camera the drawing was last drawn at: flights move that picture. */
  const drawn = useRef(target);
  const lastViewport = useRef(viewport);
  const mountedAt = useRef(0);
  useEffect(() => {
    mountedAt.current = performance.now();
    // data-settled: from now on a view change flies (a signal for tests, which must not sleep).
    const settled = setTimeout(() => canvas.current?.setAttribute('data-settled', ''), SETTLE_MS);
    return () => clearTimeout(settled);
  }, [canvas]);

  // Landed: React has just written the new camera into the drawing; its flight transform goes in
  // the same frame, before paint, so the picture never shows the two together.
  useLayoutEffect(() => {
    drawn.current = camera;
    movePicture(drawing.current, '');
  }, [camera, drawing]);

  useEffect(() => {
    const resized =
      lastViewport.current.width !== viewport.width ||
      lastViewport.current.height !== viewport.height;
    lastViewport.current = viewport;
    const from = current.current;
    const picture = drawing.current;
    const land = () => {
      current.current = target;
      // Back on the camera already drawn (an interrupted flight's way home): React draws
      // nothing new, so the layout effect will not clear the move; clear it here.
      if (target === drawn.current) movePicture(picture, '');
      setLanded({ camera: target, landed: landing });
      setFlying(false);
    };
    if (from.equals(target)) return land();
    const settling = performance.now() - mountedAt.current < SETTLE_MS;
    const path = interpolateCamera(from, target, viewport);
    if (
      reduceMotion ||
      resized ||
      settling ||
      !picture ||
      typeof picture.animate !== 'function' ||
      path.duration === 0
    )
      return land();

    const cameras = flightFrames(path, viewport, coverage, easeCubicInOut);
    // Each frame as a move of the picture drawn at `drawn`. The keyframes are the eased path
    // already: played back linearly.
    const moves = cameras.map((c) => c.relativeTo(drawn.current).toCss());
    const animation = animate(
      picture,
      { transform: moves },
      { duration: path.duration / 1000, ease: 'linear' },
    );
    setFlying(true);
    let done = false;
    animation.finished.then(
      () => {
        done = true;
        // Held at the target until React draws it (the layout effect above clears it).
        movePicture(picture, moves[moves.length - 1] ?? '');
        land();
      },
      () => undefined,
    );
    return () => {
      if (done) return;
      // Interrupted by the next step: that flight starts from where this one is now, and from
      // the same picture.
      const progress = Math.min(1, Math.max(0, (animation.time * 1000) / path.duration));
      current.current = cameras[Math.round(progress * (cameras.length - 1))] ?? target;
      movePicture(picture, current.current.relativeTo(drawn.current).toCss());
      animation.cancel();
    };
  }, [target, landing, viewport, reduceMotion, drawing, coverage]);

  return { camera, landed, flying };
}

/** Sets (or with '' clears) the drawing's own transform, outside any animation of it. */
function movePicture(picture: SVGSVGElement | null, transform: string): void {
  if (picture) picture.style.transform = transform;
}
