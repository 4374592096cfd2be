/** The site's public origin, e.g. "https://example.org" (set at build time: SITE_ORIGIN). */
declare const __SITE_ORIGIN__: string;
