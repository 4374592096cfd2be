/**
 * The shape of everything in `data/`. Content authors: each field's TSDoc says what it is for.
 * This file is the single source of truth for content types; the app imports only its types
 * (`import type`), so zod never reaches the reader's browser.
 */
import { z } from 'zod';
import { RIVER_IDS } from '../geo/border-rivers.ts';
import type { MapFocus } from '../geo/camera.ts';

// Checked, never rewritten: the words reach pages exactly as written ("; " keeps its space).
const nonEmpty = (what: string) =>
  z.string().refine((s) => s.trim().length > 0, `${what} must not be empty`);

/** A slug: lowercase words joined by hyphens, used in addresses such as /s/<slug>/. */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lowercase letters, digits and single hyphens, e.g. "the-river"',
  );

/**
 * A report's date: only what its text prints (never the capture's address, a file name or
 * context). A day and month without a year is `day-month`; a text that prints no date of its
 * own is `undated`, with a note on the dates it does print.
 */
export const reportDateSchema = z.discriminatedUnion('precision', [
  z.strictObject({
    precision: z.literal('day'),
    /** ISO date printed by the report itself, e.g. "2023-01-21". */
    value: z.iso.date('write the date as YYYY-MM-DD'),
  }),
  z.strictObject({
    precision: z.literal('day-month'),
    /** Month number, 1–12, as the text prints it. */
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
  }),
  z.strictObject({
    precision: z.literal('undated'),
    /**
     * Shown after "undated": what the text does print ("its source spoke to Daily NK on 17
     * September; no year printed").
     */
    note: nonEmpty('note').optional(),
  }),
]);

/** How a report came about: its own reporting, a retelling, a wire copy, or advocacy. */
export const reportKindSchema = z.enum(['original', 'secondary', 'wire-copy', 'advocacy']);

/** `data/reports/<id>.json`: a report's record. Its text is in `data/reports/<id>.txt`. */
export const reportMetaSchema = z.strictObject({
  /** Outlet id from data/outlets.json. */
  outlet: slugSchema,
  headline: nonEmpty('headline'),
  /**
   * Where the headline comes from: "text" when the report text prints it (checked verbatim),
   * "capture" when only the captured page carried it (shown labelled as capture metadata).
   */
  headlineFrom: z.enum(['text', 'capture']),
  /** Byline, only when the capture prints one; otherwise null. */
  author: nonEmpty('author').nullable(),
  date: reportDateSchema,
  /** The address the text was captured from: capture metadata, shown labelled as such. */
  url: z.url({ protocol: /^https$/, error: "use the report's full https:// address" }),
  kind: reportKindSchema,
  /**
   * One or two sentences on how this report relates to the others, in this site's words. Whom
   * it credits comes from data/travel.json (with the report's own words), never from here: an
   * outlet named in this note must be one the report is by, is carried by, or is shown there
   * to credit.
   */
  relation: nonEmpty('relation'),
});

export const outletSchema = z.strictObject({
  id: slugSchema,
  name: nonEmpty('name'),
  /**
   * Every way the reports write this outlet's name ("VOA", "NK news", "The Daily NK"),
   * matched as whole words, ignoring case. An evidence passage names an outlet when it contains
   * one of these; the site's own words name it the same way.
   */
  aliases: z.array(nonEmpty('alias')).min(1, 'list at least the name as the reports write it'),
});
export const outletsFileSchema = z.object({ outlets: z.array(outletSchema).min(1) });

export const regionSchema = z.strictObject({
  /** ISO 3166-2 province code ("CN-JL") or ISO 3166-1 alpha-2 country code ("KP"). */
  id: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{2,3})?$/, 'use an ISO code such as "CN-JL" or "KP"'),
  name: nonEmpty('name'),
  kind: z.enum(['country', 'province']),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** For a country: [lon, lat] where its name is written on every map. */
  labelAt: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
});
export const regionsFileSchema = z.object({ regions: z.array(regionSchema).min(1) });

export const placeSchema = z.strictObject({
  id: slugSchema,
  /** Shown on the map. A step may mark the place only if one of its reports prints this name. */
  name: nonEmpty('name'),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  country: z.string().regex(/^[A-Z]{2}$/),
});
export const placesFileSchema = z.object({ places: z.array(placeSchema).min(1) });

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/**
 * A name drawn on every map for orientation only (a sea, a neighbouring country): context, not a
 * claim, so it needs no report. `at` lists [lon, lat] spots to try, best first.
 */
export const orientationLabelSchema = z.strictObject({
  id: slugSchema,
  kind: z.enum(['sea', 'country']),
  /** For a country: its ISO 3166-1 alpha-2 code, the outline its name must sit on. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "RU"')
    .optional(),
  name: nonEmpty('name'),
  at: z.array(lonLat).min(1, 'give at least one [lon, lat] spot for the name'),
});
export const orientationFileSchema = z.object({
  $comment: z.string().optional(),
  labels: z.array(orientationLabelSchema),
});

/**
 * Report words, checked verbatim like a quote: one passage, or excerpts in the order the report
 * prints them (shown joined by "…"). Only curly vs straight quotes and spacing may differ.
 */
export const passageSchema = z.union([
  nonEmpty('passage'),
  z.array(nonEmpty('excerpt')).min(1, 'give at least one excerpt'),
]);

/** The words of one report that show something: a path, a link, a claim. */
export const evidenceSchema = z.strictObject({
  /** Report id: a file name in data/reports/ without extension. */
  report: slugSchema,
  passage: passageSchema,
});

/**
 * A line drawn on maps. A `gesture` is an abstract arrow between two points, drawn and labelled
 * as a direction, not a way: use it when no report describes the path. A `path` follows
 * waypoints and must carry the report words that describe it.
 */
export const routeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: slugSchema,
    kind: z.literal('gesture'),
    /** Legend words; say it is a direction, not a path. */
    label: nonEmpty('label'),
    note: nonEmpty('note'),
    from: lonLat,
    to: lonLat,
  }),
  z.strictObject({
    id: slugSchema,
    kind: z.literal('path'),
    label: nonEmpty('label'),
    note: nonEmpty('note'),
    waypoints: z.array(lonLat).min(2, 'a route needs at least two waypoints'),
    /** The report words that describe this path (at least one passage). */
    evidence: z
      .array(evidenceSchema)
      .min(
        1,
        'a drawn path needs the report words that describe it; without them, make it a "gesture"',
      ),
  }),
]);
export const routesFileSchema = z.object({ routes: z.array(routeSchema) });

/** A quote shown in a step. It must appear word for word in its report's text. */
export const quoteSchema = z.strictObject({
  /** Report id: a file name in data/reports/ without extension. */
  report: slugSchema,
  /** The exact words. Only curly vs straight quotes and spacing may differ from the report. */
  text: nonEmpty('text'),
  /**
   * Only in a translated edition (never in data/): the report's verbatim words, of which `text`
   * is this site's translation. Set when the edition is assembled, from the source edition.
   */
  original: z.string().optional(),
  /** Who is speaking, as the report describes them (never a name the report does not give). */
  speaker: nonEmpty('speaker'),
});

/**
 * Where the map looks: the union of some regions, or a box [west, south, east, north] in degrees.
 */
export const mapFocusSchema = z.union([
  z.strictObject({ regions: z.array(z.string()).min(1, 'focus on at least one region') }),
  z.strictObject({ bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
]) satisfies z.ZodType<MapFocus>; // the map's own type (src/geo/camera.ts): the two cannot drift

/** What one step's map shows. Declarative: the map component holds no story logic. */
export const mapViewSchema = z.strictObject({
  focus: mapFocusSchema,
  /** Regions to shade; "primary" is the step's subject, "secondary" is context or comparison. */
  highlight: z.array(
    z.strictObject({
      regions: z.array(z.string()).min(1),
      tone: z.enum(['primary', 'secondary']),
      /** Legend text for this shading; readers see it beside a swatch. */
      label: nonEmpty('label').optional(),
    }),
  ),
  /**
   * Place ids from data/places.json to mark and label: each must be named by one of the step's
   * reports.
   */
  places: z.array(slugSchema),
  /**
   * Place ids drawn for orientation only (hollow, grey, and said so in the legend), such as a
   * capital no report names. Never on sections about crossing or hiding, where a dot reads as
   * a crossing point or a hiding place.
   */
  orientation: z.array(slugSchema).optional(),
  /** Draw the China–North Korea border. */
  border: z.boolean(),
  /**
   * Border rivers to name on the line: only those the step's text names ("the Tumen River"),
   * so a label never says more than the words. Needs `border`.
   */
  rivers: z.array(z.enum(RIVER_IDS)).optional(),
  /** Route id from data/routes.json to draw. */
  route: slugSchema.optional(),
  /** What the map shows and why, in a sentence or two, for readers who cannot see it. */
  description: nonEmpty('description'),
});

/**
 * One report that carries a step's claim: the words where it does, and whom those words credit.
 * `credits` is an outlet id the passage names (an alias from data/outlets.json must appear in
 * it), the report's own outlet for an original report's own reporting, or null for a report's
 * own unsourced sentence ("Voices Against Autocracy, citing no source").
 */
export const claimSourceSchema = z.strictObject({
  report: slugSchema,
  credits: slugSchema.nullable(),
  passage: passageSchema,
});

export const stepSchema = z.strictObject({
  /** The step's narrative, a short paragraph. Attribute claims once: "a source told Daily NK…". */
  text: nonEmpty('text'),
  /**
   * The reports that carry the claim, each with its passage (at least one). The step's claim
   * line is built from these: "Mint and CTN News, crediting NK news; ANI, crediting Daily NK".
   */
  sources: z
    .array(claimSourceSchema)
    .min(1, 'name the report(s) that carry this claim, each with its passage'),
  quotes: z.array(quoteSchema),
  map: mapViewSchema,
});

/** `data/sections/<slug>.json`: one part of the route. */
export const sectionSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Must match the file name; used in /s/<slug>/ and /embed/<slug>/. */
  slug: slugSchema,
  title: nonEmpty('title'),
  /** One or two sentences used as the page description and link preview. */
  description: nonEmpty('description'),
  /**
   * Which leg of the route the section is about; orientation markers are barred from crossing and
   * hiding.
   */
  leg: z.enum(['crossing', 'hiding', 'in-china', 'way-out', 'south-korea', 'asks']),
  steps: z.array(stepSchema).min(1, 'a section needs at least one step'),
});

/** `data/story.json`: the front matter and section order. */
export const storySchema = z.strictObject({
  $comment: z.string().optional(),
  title: nonEmpty('title'),
  kicker: nonEmpty('kicker'),
  /** The story opens on a person: a short text, their words, and the reports that carry them. */
  opening: z.strictObject({
    text: nonEmpty('text'),
    sources: z
      .array(claimSourceSchema)
      .min(1, 'name the report(s) that carry the opening, each with its passage'),
    quotes: z.array(quoteSchema).min(1, "the opening gives a person's own words"),
  }),
  lede: nonEmpty('lede'),
  /** How far to trust the reports, stated once, plainly, near the top. */
  caveat: nonEmpty('caveat'),
  description: nonEmpty('description'),
  /** After the last section: what a reader can do here (share, embed, read the sources). */
  closing: z.strictObject({ title: nonEmpty('title'), text: nonEmpty('text') }),
  sections: z.array(slugSchema).min(1),
});

/** Reporting the five reports credit but that is not among them (Voice of America, "NK news"). */
export const upstreamSchema = z.strictObject({
  id: slugSchema,
  /** Outlet id from data/outlets.json. */
  outlet: slugSchema,
  /** What the reports call it; shown in the list. Claim nothing about it that no report prints. */
  label: nonEmpty('label'),
});

/**
 * One provenance link: `from` drew on `drewOn`, as `evidence` shows in a report's own words. The
 * passage must name the credited outlet. A link from reporting outside the five exists only if
 * one of the five prints it, naming both.
 */
export const travelLinkSchema = z.strictObject({
  /** Report or upstream id that did the drawing on. */
  from: slugSchema,
  /** Report or upstream id drawn on. */
  drewOn: slugSchema,
  evidence: evidenceSchema,
});

/** `data/travel.json`: who credits whom, for the "how the story travelled" graphic. */
export const travelSchema = z.strictObject({
  $comment: z.string().optional(),
  upstream: z.array(upstreamSchema),
  links: z.array(travelLinkSchema),
});

/** The keys of `data/ui.json`. Adding interface text means adding its key here and there. */
export const uiKeys = [
  'siteName',
  'skipToStory',
  'navSources',
  'fullStory',
  'claimLabel',
  'claimRepeated',
  'claimUncredited',
  'claimOwn',
  'claimSeparator',
  'claimEvidence',
  'claimPassageCredits',
  'claimPassageOwn',
  'claimPassageNone',
  'quoteInContext',
  'passageInStory',
  'travelTitle',
  'travelIntro',
  'travelNotAmong',
  'travelCredits',
  'travelNothing',
  'travelPassage',
  'readAsArticle',
  'readScrolling',
  'readTitle',
  'notesTitle',
  'printHint',
  'downloadArticle',
  'fileBuilt',
  'fileOnline',
  'fileSources',
  'orientationLabel',
  'closingSources',
  'closingRead',
  'sourcesTitle',
  'sourcesIntro',
  'sourcesCites',
  'sourcesCitesNone',
  'sourcesAuthor',
  'sourcesUsedIn',
  'mapShows',
  'mapKey',
  'notFoundTitle',
  'notFoundText',
  'footerNote',
  'offlineSave',
  'offlineRemove',
  'offlineNote',
  'offlineSaving',
  'offlineSaved',
  'offlineRemoved',
  'offlineFailed',
  'offlineRemoveFailed',
  'embedFrom',
  'navLabel',
  'riverYalu',
  'riverTumen',
  'borderLabel',
  'prevStep',
  'nextStep',
  'stepsLabel',
  'goToStep',
  'stepPosition',
  'share',
  'shareCopied',
  'shareManual',
  'embedThis',
  'embedIntro',
  'embedLoader',
  'embedPym',
  'embedIframe',
  'embedWordPress',
  'embedPreview',
  'copy',
  'copied',
  'quoteMore',
  'stepMore',
  'showLess',
  'dateNoYear',
  'dateUndated',
  'dateUndatedNote',
  'languageLabel',
  'quoteTranslated',
  'quoteOriginal',
  'reportsLanguageNote',
  'quoteSourceLine',
  'claimLine',
  'claimLineFolded',
  'evidenceWho',
  'readQuote',
  'readSpeaker',
  'reportLine',
  'fieldLabel',
  'sourcesCitesList',
  'sourcesQuotesOf',
  'sourcesQuotesCount',
  'sectionStep',
  'travelNone',
  'pageTitle',
  'citationHeadlineText',
  'citationHeadlineCapture',
  'evidenceRef',
  'evidenceNotesTitle',
  'evidenceReported',
  'evidenceAbout',
  'evidenceOrientation',
  'evidenceAbsent',
  'evidenceBack',
  'capturedPage',
  'headlineCaptured',
  'headlineOwn',
  'capturedFrom',
  'storyOpening',
  'correctionsTitle',
  'correctionsNone',
  'correctionWhy',
  'travelUnknownSource',
  'travelOutside',
  'evidenceSite',
] as const;

/** `data/ui.json`: every fixed interface word. */
export const uiSchema = z.strictObject({
  $comment: z.string().optional(),
  ...(Object.fromEntries(uiKeys.map((key) => [key, nonEmpty(key)])) as Record<
    (typeof uiKeys)[number],
    z.ZodString
  >),
});

export type ReportDate = z.infer<typeof reportDateSchema>;
export type ReportMeta = z.infer<typeof reportMetaSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Place = z.infer<typeof placeSchema>;
export type OrientationLabel = z.infer<typeof orientationLabelSchema>;
export type Route = z.infer<typeof routeSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type MapView = z.infer<typeof mapViewSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type StoryMeta = z.infer<typeof storySchema>;
export type Ui = z.infer<typeof uiSchema>;

export type Upstream = z.infer<typeof upstreamSchema>;
export type TravelLink = z.infer<typeof travelLinkSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type ClaimSource = z.infer<typeof claimSourceSchema>;
export type Travel = z.infer<typeof travelSchema>;

/**
 * One piece of evidence for a sentence: a report id (its passages on the same step, or in the
 * same section or opening, are the evidence) or a passage of a report, checked verbatim.
 */
export const sentenceEvidenceSchema = z.union([slugSchema, evidenceSchema]);

/**
 * One sentence in the site's own voice, its kind and its evidence. `says` is the sentence
 * exactly as its field writes it, so a changed sentence stops the build until its evidence is
 * checked again.
 */
export const ledgerSentenceSchema = z.union([
  /** Reported: what one or more reports say, no stronger than their words. */
  z.strictObject({
    says: nonEmpty('says'),
    reported: z
      .array(sentenceEvidenceSchema)
      .min(1, 'name the report(s) or passage(s) that say it'),
  }),
  /**
   * About the texts: what the five texts do or do not print. `absent`: words none of them
   * prints (checked against every text); `passages`: the words that show what they print.
   */
  z.strictObject({
    says: nonEmpty('says'),
    about: z
      .strictObject({
        absent: z.array(nonEmpty('absent')).optional(),
        passages: z.array(evidenceSchema).optional(),
      })
      .refine(
        (a) => (a.absent?.length ?? 0) + (a.passages?.length ?? 0) > 0,
        'give the words no text prints ("absent") or the passages that show it ("passages")',
      ),
  }),
  /** Orientation: geography or framing no report carries, marked as such where it is read. */
  z.strictObject({ says: nonEmpty('says'), orientation: nonEmpty('orientation') }),
  /**
   * The site: what this site itself does ("every quote appears word for word"); says nothing of the
   * reports' contents.
   */
  z.strictObject({ says: nonEmpty('says'), site: nonEmpty('site') }),
]);

/**
 * `data/evidence.json`: the standards desk's ledger. Every text in the site's own voice is
 * either about this site itself (`site`: how to use it, what it changed; by key) or listed sentence
 * by
 * sentence under `sentences`, keyed as the editions key it ("section:<slug>:steps[0].text").
 */
export const evidenceLedgerSchema = z.strictObject({
  $comment: z.string().optional(),
  site: z.array(z.string()),
  sentences: z.record(z.string(), z.array(ledgerSentenceSchema).min(1)),
});

/** One entry of `data/corrections.json`: what a round of corrections changed, and why. */
export const correctionSchema = z.strictObject({
  id: slugSchema,
  /** The day of the first build that carried it (YYYY-MM-DD), this site's own date. */
  date: z.iso.date('write the date as YYYY-MM-DD'),
  what: nonEmpty('what'),
  why: nonEmpty('why'),
});
export const correctionsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  corrections: z.array(correctionSchema),
});

export type LedgerSentence = z.infer<typeof ledgerSentenceSchema>;
export type EvidenceLedgerFile = z.infer<typeof evidenceLedgerSchema>;
export type Correction = z.infer<typeof correctionSchema>;
