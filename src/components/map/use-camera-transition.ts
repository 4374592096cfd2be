import { useEffect, useRef, useState, type RefObject } from 'react';
import { cameraTransform, type Camera, type Viewport } from '../../geo/camera-math.ts';
import { interpolateCamera } from '../../geo/interpolate-camera.ts';
import { labelTransform } from './label-transform.ts';

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * A view change this soon after mount is the page restoring its scroll position (a refresh
 * mid-story), not the reader moving on: land on it instead of replaying the way there.
 */
const SETTLE_MS = 350;

/**
 * Moves the camera to `target` along a smooth zoom-and-pan path. Jumps instead when the reader
 * prefers reduced motion, when the viewport itself changed (a resize is not a story
 * transition), and just after mount.
 *
 * In flight, each frame writes the camera straight into the drawing (`[data-camera]` groups
 * and `[data-at]` labels) instead of re-rendering: a React render per frame was most of the
 * main thread's work while scrolling on a slow phone. React renders again once the camera has
 * landed, with the same values the last frame wrote.
 */
export function useCameraTransition(target: Camera, viewport: Viewport, reduceMotion: boolean, drawing: RefObject<SVGSVGElement | null>): Camera {
  const [camera, setCamera] = useState(target);
  const current = useRef(target);
  const lastViewport = useRef(viewport);
  const mountedAt = useRef(0);
  useEffect(() => {
    mountedAt.current = performance.now();
  }, []);

  useEffect(() => {
    const resized = lastViewport.current.width !== viewport.width || lastViewport.current.height !== viewport.height;
    lastViewport.current = viewport;
    const from = current.current;
    if (from.k === target.k && from.x === target.x && from.y === target.y) {
      setCamera(target);
      return;
    }
    const settling = performance.now() - mountedAt.current < SETTLE_MS;
    if (reduceMotion || resized || settling || !drawing.current) {
      current.current = target;
      setCamera(target);
      return;
    }
    const svg = drawing.current;
    const path = interpolateCamera(from, target, viewport);
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / Math.max(1, path.duration));
      const next = t < 1 ? path(easeInOut(t)) : target;
      current.current = next;
      writeCamera(svg, next);
      if (t < 1) frame = requestAnimationFrame(tick);
      else setCamera(target);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [target, viewport, reduceMotion, drawing]);

  return camera;
}

/** Places the drawing under `camera` without React: the group transforms and every label. */
function writeCamera(svg: SVGSVGElement, camera: Camera): void {
  const transform = cameraTransform(camera);
  for (const group of svg.querySelectorAll('[data-camera]')) group.setAttribute('transform', transform);
  for (const label of svg.querySelectorAll<SVGElement>('[data-at]')) {
    const [x, y] = (label.dataset.at ?? '').split(',').map(Number);
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    label.setAttribute('transform', labelTransform(camera, [x, y], Number(label.dataset.angle ?? 0)));
  }
}
