/**
 * What the map needs once it moves: the projected world, the drawing that places labels and flies
 * the camera (with the label engine, d3-interpolate and d3-ease), and the caption with its legend
 * and the room it takes (text widths). One lazy chunk in the browser (see use-world.ts), so none
 * of it weighs on the first view; the server imports it statically and prerenders with it.
 */
export { worldFor } from './map-world.ts';
export { MapDrawing } from './map-drawing.tsx';
export { MapCaption, captionLayout } from './map-caption.tsx';
