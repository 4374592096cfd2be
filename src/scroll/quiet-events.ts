/**
 * React listens at its root for every event type it knows, handled or not, and has no option to
 * skip one. A scroll sends a stream of continuous events this site handles nowhere: the wheel, a
 * finger's touchmove, and the pointer's over/out/move as the page slides under a still mouse.
 * Each ran React's dispatcher twice (capture and bubble at the root): some 1,400 script calls
 * per pass through the story, about 0.35 ms each on a slow phone (CPU ×4), where the page with
 * no script pays nothing. So while React sets up its root, its registrations for these types
 * are left out: the browser then dispatches them to no script at all. The page still scrolls and
 * `:hover` still applies; listeners on the window (use-world.ts waits there for a first move)
 * are untouched. `quiet-events.test.ts` fails if a component takes a handler for one of them.
 */
export const UNHANDLED_EVENTS: ReadonlySet<string> = new Set([
  'wheel',
  'touchmove',
  'pointermove',
  'pointerover',
  'pointerout',
  'mousemove',
  'mouseover',
  'mouseout',
]);

/**
 * Runs `setUp` (React's hydrateRoot on `root`) with `root` refusing listeners for
 * UNHANDLED_EVENTS; other types, and every listener after `setUp`, register as usual.
 */
export function withoutUnhandledListeners<T>(root: EventTarget, setUp: () => T): T {
  const add = root.addEventListener;
  root.addEventListener = function (this: EventTarget, type: string, ...rest) {
    if (!UNHANDLED_EVENTS.has(type)) add.call(this, type, ...rest);
  } as EventTarget['addEventListener'];
  try {
    return setUp();
  } finally {
    // The element's own method goes: the prototype's is back.
    delete (root as Partial<EventTarget>).addEventListener;
  }
}
