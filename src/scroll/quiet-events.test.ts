import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNHANDLED_EVENTS, withoutUnhandledListeners } from './quiet-events.ts';

/** React's props for the left-out events, and those it builds from them (enter/leave). */
const REACT_PROPS = [
  'onWheel',
  'onTouchMove',
  'onPointerMove',
  'onPointerOver',
  'onPointerOut',
  'onPointerEnter',
  'onPointerLeave',
  'onMouseMove',
  'onMouseOver',
  'onMouseOut',
  'onMouseEnter',
  'onMouseLeave',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'build' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("React's root without listeners for events nothing handles", () => {
  it('leaves those out while React sets up, and nothing else', () => {
    const root = new EventTarget();
    const heard: string[] = [];
    const result = withoutUnhandledListeners(root, () => {
      for (const type of ['click', 'wheel', 'pointerover', 'keydown', 'touchmove'])
        root.addEventListener(type, () => heard.push(type));
      return 'set up';
    });
    expect(result).toBe('set up');
    for (const type of ['click', 'wheel', 'pointerover', 'keydown', 'touchmove'])
      root.dispatchEvent(new Event(type));
    expect(heard).toEqual(['click', 'keydown']);
  });

  it('registers as usual afterwards, even when the set-up throws', () => {
    const root = new EventTarget();
    expect(() =>
      withoutUnhandledListeners(root, () => {
        throw new Error('hydration failed');
      }),
    ).toThrow('hydration failed');
    let heard = 0;
    root.addEventListener('wheel', () => heard++);
    root.dispatchEvent(new Event('wheel'));
    expect(heard).toBe(1);
    expect(Object.hasOwn(root, 'addEventListener')).toBe(false);
  });

  it('is safe: no component takes a handler for one of them', () => {
    expect(UNHANDLED_EVENTS.size).toBe(8);
    const users = sourceFiles('src').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return REACT_PROPS.filter((prop) => new RegExp(`\\b${prop}\\b`).test(text)).map(
        (prop) => `${file}: ${prop}`,
      );
    });
    expect(users).toEqual([]);
  });
});
