/**
 * The embed's size contract with host pages. WordPress clamps an embed's height to 200–1000 px
 * (wp-embed.js), so the compact card is laid out to fit EMBED_MAX_HEIGHT at phone widths
 * (see compact-fit.ts): no host ever needs a scrollbar inside it.
 */
export const EMBED_MAX_HEIGHT = 1000;

/** The width hosts are offered (oEmbed, player cards); the card adapts to any width. */
export const EMBED_WIDTH = 600;

/**
 * Height an iframe starts at before the embed reports its own (loader, Pym). Codes without
 * resizing (a plain iframe, oEmbed consumers that do not listen) get EMBED_MAX_HEIGHT, which
 * holds every step.
 */
export const INITIAL_EMBED_HEIGHT = 720;
