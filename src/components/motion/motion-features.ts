// Loaded lazily: the animation engine arrives after the text is already on screen.
export { domAnimation as default } from 'framer-motion';
