/**
 * The shape of everything in `data/`. Content authors: each field's TSDoc says what it is for.
 * This file is the single source of truth for content types; the app imports only its types
 * (`import type`), so zod never reaches the reader's browser.
 */
import { z } from 'zod';

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** A slug: lowercase words joined by hyphens, used in addresses such as /s/<slug>/. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens, e.g. "the-river"');

/**
 * A report's date, only as precise as the record allows. Never fill in a year or day the
 * capture does not print: use `month` with a note, or `period`.
 */
export const reportDateSchema = z.discriminatedUnion('precision', [
  z.strictObject({
    precision: z.literal('day'),
    /** ISO date printed by the report itself, e.g. "2023-01-21". */
    value: z.iso.date('write the date as YYYY-MM-DD'),
  }),
  z.strictObject({
    precision: z.literal('month'),
    /** Month number, 1–12. */
    month: z.number().int().min(1).max(12),
    /** Shown after the month, e.g. "year unconfirmed". */
    note: nonEmpty('note'),
    /** Why no more precision is given (shown on the sources page). */
    basis: nonEmpty('basis'),
  }),
  z.strictObject({
    precision: z.literal('period'),
    /** A period such as "early 2023"; shown as written. */
    text: z.string().regex(/^(early|mid|late) \d{4}$/, 'write a period like "early 2023"'),
    /** Why the period is known (shown on the sources page). */
    basis: nonEmpty('basis'),
  }),
]);

/** How a report came about: its own reporting, a retelling, a wire copy, or advocacy. */
export const reportKindSchema = z.enum(['original', 'secondary', 'wire-copy', 'advocacy']);

/** `data/reports/<id>.json`: a report's record. Its text is in `data/reports/<id>.txt`. */
export const reportMetaSchema = z.strictObject({
  /** Outlet id from data/outlets.json. */
  outlet: slugSchema,
  /** Outlet id of the site that carried the report, when not the outlet itself. */
  carrier: slugSchema.optional(),
  headline: nonEmpty('headline'),
  /** Byline, only when the capture prints one; otherwise null. */
  author: nonEmpty('author').nullable(),
  date: reportDateSchema,
  /** The report's public address. */
  url: z.url({ protocol: /^https$/, error: 'use the report\'s full https:// address' }),
  kind: reportKindSchema,
  /** Outlet ids this report says it draws on. */
  cites: z.array(slugSchema),
  /** One or two sentences on how this report relates to the others. */
  relation: nonEmpty('relation'),
});

export const outletSchema = z.strictObject({
  id: slugSchema,
  name: nonEmpty('name'),
  about: nonEmpty('about'),
});
export const outletsFileSchema = z.object({ outlets: z.array(outletSchema).min(1) });

export const regionSchema = z.strictObject({
  /** ISO 3166-2 province code ("CN-JL") or ISO 3166-1 alpha-2 country code ("KP"). */
  id: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{2,3})?$/, 'use an ISO code such as "CN-JL" or "KP"'),
  name: nonEmpty('name'),
  kind: z.enum(['country', 'province']),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** For a country: [lon, lat] where its name is written on every map. */
  labelAt: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
});
export const regionsFileSchema = z.object({ regions: z.array(regionSchema).min(1) });

export const placeSchema = z.strictObject({
  id: slugSchema,
  name: nonEmpty('name'),
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  country: z.string().regex(/^[A-Z]{2}$/),
});
export const placesFileSchema = z.object({ places: z.array(placeSchema).min(1) });

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const routeSchema = z.strictObject({
  id: slugSchema,
  label: nonEmpty('label'),
  /** Say here whether the line is schematic. */
  note: nonEmpty('note'),
  waypoints: z.array(lonLat).min(2, 'a route needs at least two waypoints'),
});
export const routesFileSchema = z.object({ routes: z.array(routeSchema) });

/** A quote shown in a step. It must appear word for word in its report's text. */
export const quoteSchema = z.strictObject({
  /** Report id: a file name in data/reports/ without extension. */
  report: slugSchema,
  /** The exact words. Only curly vs straight quotes and spacing may differ from the report. */
  text: nonEmpty('text'),
  /** Who is speaking, as the report describes them (never a name the report does not give). */
  speaker: nonEmpty('speaker'),
});

/** Where the map looks: the union of some regions, or a box [west, south, east, north] in degrees. */
export const mapFocusSchema = z.union([
  z.strictObject({ regions: z.array(z.string()).min(1, 'focus on at least one region') }),
  z.strictObject({ bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
]);

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
  /** Place ids from data/places.json to mark and label. */
  places: z.array(slugSchema),
  /** Draw and label the China–North Korea border. */
  border: z.boolean(),
  /** Route id from data/routes.json to draw. */
  route: slugSchema.optional(),
  /** What the map shows and why, in a sentence or two, for readers who cannot see it. */
  description: nonEmpty('description'),
});

export const stepSchema = z.strictObject({
  /** The step's narrative, a short paragraph. Attribute claims: "Daily NK reported…". */
  text: nonEmpty('text'),
  /** Report ids this step rests on (at least one). */
  reports: z.array(slugSchema),
  /**
   * Outlet ids the step's claim started with, as the cited reports tell it: "daily-nk" when
   * Mint retells Daily NK. Reports by other outlets then count as repeats, never as more
   * confirmations. Each must be the outlet of, or cited by, one of the step's reports.
   */
  claimFrom: z.array(slugSchema).min(1, 'name the outlet(s) the claim started with'),
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
  steps: z.array(stepSchema).min(1, 'a section needs at least one step'),
});

/** `data/story.json`: the front matter and section order. */
export const storySchema = z.strictObject({
  $comment: z.string().optional(),
  title: nonEmpty('title'),
  kicker: nonEmpty('kicker'),
  lede: nonEmpty('lede'),
  caveat: nonEmpty('caveat'),
  description: nonEmpty('description'),
  sections: z.array(slugSchema).min(1),
});

/** Reporting the five reports name but that is not among them (Voice of America's story). */
export const upstreamSchema = z.strictObject({
  id: slugSchema,
  /** Outlet id from data/outlets.json. */
  outlet: slugSchema,
  label: nonEmpty('label'),
  /** When, as the reports give it ("January 2023"), or null when they do not say. */
  when: nonEmpty('when').nullable(),
  /** Ids (upstream or report) this drew on. */
  drewOn: z.array(slugSchema),
});

/** `data/travel.json`: who drew on whom, for the "how the story travelled" graphic. */
export const travelSchema = z.strictObject({
  $comment: z.string().optional(),
  upstream: z.array(upstreamSchema),
  /** For each report id: the ids (upstream or report) it drew on. */
  reports: z.record(slugSchema, z.array(slugSchema)),
});

/** The keys of `data/ui.json`. Adding interface text means adding its key here and there. */
export const uiKeys = [
  'siteName', 'skipToStory', 'navSources', 'fullStory',
  'claimLabel', 'claimRepeated', 'claimRepeatedOne', 'listAnd', 'quoteInContext', 'passageInStory', 'travelTitle', 'travelIntro', 'travelNotAmong', 'travelDrewOn', 'travelNothing', 'readAsArticle', 'readScrolling', 'readTitle', 'notesTitle', 'printHint',
  'sourcesTitle', 'sourcesIntro', 'sourcesCites', 'sourcesCitesNone', 'sourcesAuthor',
  'sourcesQuotes', 'sourcesUsedIn', 'reportedBy', 'mapShows',
  'notFoundTitle', 'notFoundText', 'footerNote', 'embedFrom',
  'navLabel', 'riverYalu', 'riverTumen', 'borderLabel',
  'prevStep', 'nextStep', 'stepsLabel', 'goToStep', 'share', 'shareCopied', 'shareManual',
  'embedThis', 'embedIntro', 'embedLoader', 'embedPym', 'embedIframe', 'embedWordPress',
  'embedPreview', 'copy', 'copied', 'quoteMore', 'stepMore', 'showLess',
] as const;

/** `data/ui.json`: every fixed interface word. */
export const uiSchema = z.strictObject({
  $comment: z.string().optional(),
  ...Object.fromEntries(uiKeys.map((key) => [key, nonEmpty(key)])) as Record<(typeof uiKeys)[number], z.ZodString>,
});

export type ReportDate = z.infer<typeof reportDateSchema>;
export type ReportMeta = z.infer<typeof reportMetaSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Route = z.infer<typeof routeSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type MapView = z.infer<typeof mapViewSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type StoryMeta = z.infer<typeof storySchema>;
export type Ui = z.infer<typeof uiSchema>;

export type Upstream = z.infer<typeof upstreamSchema>;
export type Travel = z.infer<typeof travelSchema>;
