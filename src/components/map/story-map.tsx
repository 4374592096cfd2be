import { memo, useMemo, useRef, type ReactNode } from 'react';
import type { Content } from '../../content/content-types.ts';
import type { MapView } from '../../content/schema.ts';
import type { Viewport } from '../../geo/camera-math.ts';
import type { Framing } from './map-chrome.ts';
import { useMapRuntime } from './use-world.ts';
import { useElementSize } from './use-element-size.ts';
import { useWideLayout } from './use-wide-layout.ts';

/**
 * Size assumed before the map is measured, as most readers see it on a phone: the story's map
 * fills the screen (390×844); a card's (the embed, /read/) is a 366 px wide band about 0.77 as
 * tall (embed.css: min(22rem, 72vw)). The prerendered frame is framed for it, so a card does not
 * show the middle strip of a portrait frame until the map's runtime arrives.
 */
const NOMINAL: Record<Framing, Viewport> = {
  story: { width: 390, height: 844 },
  card: { width: 366, height: 281 },
};

/**
 * Whether a canvas shows the prerendered frame well: an aspect within 15 % of the frame's, so
 * `slice` scales the frame to cover it and crops little (the frame's land reaches 5 % past its
 * edges).
 */
function frameFits(canvas: Viewport, frame: Viewport): boolean {
  const ratio = canvas.width / canvas.height / (frame.width / frame.height);
  return ratio > 1 / 1.15 && ratio < 1.15;
}

interface StoryMapProps {
  view: MapView;
  content: Content;
  framing?: Framing;
  /**
   * The description as the caption shows it, when a page writes it out itself (/read/: sentence
   * by sentence, each with its evidence note). The drawing keeps the plain words for its name.
   */
  caption?: ReactNode;
  /**
   * The view the server drew in the prerendered page, when the map can show others (the
   * story's steps, an embed's stepper); pages whose map never changes leave it out.
   */
  prerendered?: MapView;
}

/**
 * The map for the active step. Geometry is projected once; a step changes only the camera
 * (one group transform), the shading of provinces, and the labels. Renders fully on the
 * server, so the prerendered page already has the map; the browser keeps that drawing until
 * its own copy of the geometry arrives (see use-world.ts). Memoized: the story re-renders for
 * every step the reader passes, the map only when its view has changed (useSettled).
 */
export const StoryMap = memo(function StoryMap({
  view,
  content,
  framing = 'story',
  caption,
  prerendered,
}: StoryMapProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const viewport = useElementSize(canvas, NOMINAL[framing]);
  const wide = useWideLayout();
  // A view other than the prerendered frame's, or a canvas shaped unlike the frame (a desktop
  // column, a wide embed: the frame left out the land beyond a phone's view), needs the
  // runtime now, whatever moved the page.
  const frameBox = `0 0 ${NOMINAL[framing].width} ${NOMINAL[framing].height}`;
  const runtime = useMapRuntime(
    view !== (prerendered ?? view) || !frameFits(viewport, NOMINAL[framing]),
  );
  const layout = useMemo(
    () => runtime?.captionLayout(view, content, viewport, framing, wide),
    [runtime, view, content, viewport, framing, wide],
  );

  return (
    <figure className={framing === 'card' ? 'story-map is-card' : 'story-map'}>
      <div className="map-canvas" ref={canvas}>
        {runtime && layout ? (
          <runtime.MapDrawing
            world={runtime.worldFor(content)}
            view={view}
            content={content}
            viewport={viewport}
            chrome={layout.chrome}
            canvas={canvas}
            name={content.ui.mapShows}
          />
        ) : (
          // Without geometry yet, React adopts the prerendered drawing and labels as they are,
          // in the frame they were drawn for: `slice` scales it to cover whatever the canvas is.
          <>
            <svg
              className="map-drawing"
              viewBox={frameBox}
              preserveAspectRatio="xMidYMid slice"
              role="img"
              aria-label={content.ui.mapShows}
              dangerouslySetInnerHTML={{ __html: '' }}
              suppressHydrationWarning
            />
            <svg
              className="map-labels"
              viewBox={frameBox}
              preserveAspectRatio="xMidYMid slice"
              aria-hidden="true"
              dangerouslySetInnerHTML={{ __html: '' }}
              suppressHydrationWarning
            />
          </>
        )}
      </div>
      {runtime && layout ? (
        <runtime.MapCaption view={view} content={content} layout={layout} caption={caption} />
      ) : (
        // …and the caption that describes that drawing, attributes and all (React patches no
        // attribute while it hydrates, and this element never renders other props): the words
        // change with the drawing, when the runtime draws the next view.
        <figcaption
          className="map-caption"
          dangerouslySetInnerHTML={{ __html: '' }}
          suppressHydrationWarning
        />
      )}
    </figure>
  );
});
