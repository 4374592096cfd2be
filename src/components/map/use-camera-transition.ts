import { useEffect, useRef, useState } from 'react';
import type { Camera, Viewport } from '../../geo/camera-math.ts';
import { interpolateCamera } from '../../geo/interpolate-camera.ts';

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * A view change this soon after mount is the page restoring its scroll position (a refresh
 * mid-story), not the reader moving on: land on it instead of replaying the way there.
 */
const SETTLE_MS = 350;

/**
 * Moves the camera to `target` along a smooth zoom-and-pan path, one requestAnimationFrame per
 * frame and only the group transform changing. Jumps instead when the reader prefers reduced
 * motion, when the viewport itself changed (a resize is not a story transition), and just after
 * mount.
 */
export function useCameraTransition(target: Camera, viewport: Viewport, reduceMotion: boolean): Camera {
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
    if (from.k === target.k && from.x === target.x && from.y === target.y) return;
    const settling = performance.now() - mountedAt.current < SETTLE_MS;
    if (reduceMotion || resized || settling) {
      current.current = target;
      setCamera(target);
      return;
    }
    const path = interpolateCamera(from, target, viewport);
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / Math.max(1, path.duration));
      const next = path(easeInOut(t));
      current.current = next;
      setCamera(next);
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [target, viewport, reduceMotion]);

  return camera;
}
