/** The site's public origin, e.g. "https://example.org" (set at build time: SITE_ORIGIN). */
declare const __SITE_ORIGIN__: string;

/** Each quote's paragraph in its report, computed at build time (see vite.config.ts). */
declare module 'virtual:quote-passages' {
  const passages: Record<string, import('./content/quote-passages.ts').Passage>;
  export default passages;
}
