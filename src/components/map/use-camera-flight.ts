import { easeCubicInOut } from 'd3-ease';
import { animate } from 'framer-motion/dom/mini';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { Camera, type Coverage, type Viewport } from '../../geo/camera-math.ts';
import { flightFrames, layerScale, layerTransform, type Flight } from '../../geo/flight.ts';
import { formatNumber } from '../../geo/format-number.ts';
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
  /** The map's canvas: the flight's layer goes in it, between the drawing and the labels. */
  readonly canvas: RefObject<HTMLDivElement | null>;
  /** Id of the drawing's world group, which the layer shows through `<use>`. */
  readonly worldId: string;
  /** The drawn geography's coverage: no frame of the flight looks past it. */
  readonly coverage: Coverage;
}

/**
 * Moves the camera to `target` along d3's van Wijk–Nuij zoom, on the compositor. At take-off the
 * world is drawn once into a layer big enough for the whole flight; a Web Animation then moves
 * and scales that layer (framer-motion's WAAPI `animate`, on `transform` only, so the browser
 * repaints nothing per frame and the main thread is free); the labels step aside meanwhile. On
 * landing React draws the target view crisp, labels placed anew, and the layer goes. Jumps
 * instead when the reader prefers reduced motion, when the viewport itself changed (a resize is
 * not a story transition), and just after mount.
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
  worldId,
  coverage,
}: FlightOptions<T>): { camera: Camera; landed: T; flying: boolean } {
  const [{ camera, landed }, setLanded] = useState({ camera: target, landed: landing });
  const [flying, setFlying] = useState(false);
  const current = useRef(target);
  const lastViewport = useRef(viewport);
  const mountedAt = useRef(0);
  useEffect(() => {
    mountedAt.current = performance.now();
    // data-settled: from now on a view change flies (a signal for tests, which must not sleep).
    const settled = setTimeout(() => canvas.current?.setAttribute('data-settled', ''), SETTLE_MS);
    return () => clearTimeout(settled);
  }, [canvas]);

  useEffect(() => {
    const resized =
      lastViewport.current.width !== viewport.width ||
      lastViewport.current.height !== viewport.height;
    lastViewport.current = viewport;
    const from = current.current;
    const land = () => {
      current.current = target;
      setLanded({ camera: target, landed: landing });
      setFlying(false);
    };
    if (from.equals(target)) return land();
    const settling = performance.now() - mountedAt.current < SETTLE_MS;
    const host = canvas.current;
    const path = interpolateCamera(from, target, viewport);
    if (
      reduceMotion ||
      resized ||
      settling ||
      !host ||
      typeof host.animate !== 'function' ||
      path.duration === 0
    )
      return land();

    const flight = flightFrames(path, viewport, coverage, easeCubicInOut);
    const layer = flightLayer(flight, viewport, worldId);
    host.querySelector('.map-labels')?.before(layer);
    const scale = Number(layer.dataset.scale);
    // The keyframes are the eased path already: played back linearly.
    const animation = animate(
      layer,
      { transform: flight.cameras.map((c) => layerTransform(c, flight.bounds, scale)) },
      { duration: path.duration / 1000, ease: 'linear' },
    );
    setFlying(true);
    let done = false;
    animation.finished.then(
      () => {
        done = true;
        land();
        // Two frames: React has drawn the landed view before the layer over it goes.
        requestAnimationFrame(() => requestAnimationFrame(() => layer.remove()));
      },
      () => undefined,
    );
    return () => {
      if (done) return;
      // Interrupted by the next step: that flight starts from where this one is now.
      const progress = Math.min(1, Math.max(0, (animation.time * 1000) / path.duration));
      current.current =
        flight.cameras[Math.round(progress * (flight.cameras.length - 1))] ?? target;
      animation.cancel();
      layer.remove();
    };
  }, [target, landing, viewport, reduceMotion, canvas, worldId, coverage]);

  return { camera, landed, flying };
}

const SVG = 'http://www.w3.org/2000/svg';

/** The world, drawn once for the whole flight: a `<use>` of the drawing's world group over sea. */
function flightLayer(flight: Flight, viewport: Viewport, worldId: string): HTMLDivElement {
  const scale = layerScale(flight, viewport);
  const [[x0, y0], [x1, y1]] = flight.bounds;
  const layer = document.createElement('div');
  layer.className = 'map-flight';
  layer.dataset.scale = String(scale);
  layer.setAttribute('aria-hidden', 'true');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(Math.ceil((x1 - x0) * scale)));
  svg.setAttribute('height', String(Math.ceil((y1 - y0) * scale)));
  svg.setAttribute('viewBox', `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
  // Line widths in the layer's px (map-surface.tsx's worldPx), which the flight then scales.
  svg.style.setProperty('--px', formatNumber(1 / scale, 4));
  const sea = document.createElementNS(SVG, 'rect');
  sea.setAttribute('class', 'sea');
  for (const [name, value] of [
    ['x', x0],
    ['y', y0],
    ['width', x1 - x0],
    ['height', y1 - y0],
  ] as const)
    sea.setAttribute(name, String(value));
  const world = document.createElementNS(SVG, 'use');
  world.setAttribute('href', `#${worldId}`);
  svg.append(sea, world);
  layer.append(svg);
  layer.style.transform = layerTransform(
    flight.cameras[0] ?? Camera.identity,
    flight.bounds,
    scale,
  );
  return layer;
}
