import type {
  OrientationLabel,
  Outlet,
  Place,
  Region,
  ReportMeta,
  Route,
  Section,
  StoryMeta,
  Travel,
  Ui,
} from './schema.ts';
import type { Locale } from './edition-schema.ts';
import type { EvidenceByText } from './sentence-evidence.ts';
import type { Correction } from './schema.ts';

/** A report's record with its id (the file name in data/reports/). */
export type Report = ReportMeta & { id: string };
export type { Quote } from './schema.ts';

/** Everything the app renders, assembled from data/ in story order. Report texts stay out. */
export interface Content {
  /** The edition these words are in. */
  locale: Locale;
  /** Every edition of the site, the source first (for the language switch and hreflang). */
  locales: Locale[];
  story: StoryMeta;
  ui: Ui;
  /** Sections in the order data/story.json lists them. */
  sections: Section[];
  reports: Record<string, Report>;
  outlets: Record<string, Outlet>;
  regions: Record<string, Region>;
  places: Record<string, Place>;
  /** Seas and neighbours named on every map for orientation (data/orientation.json). */
  orientation: OrientationLabel[];
  routes: Record<string, Route>;
  travel: Travel;
  /**
   * Each own-voice text's sentences with their kind and evidence (data/evidence.json), by text
   * key. Server-only: empty in the data a page's script reads.
   */
  evidence: EvidenceByText;
  /** What rounds of corrections changed and why (data/corrections.json), newest last. */
  corrections: Correction[];
}

/** The parsed data files, before assembly. */
export interface ContentParts {
  story: StoryMeta;
  ui: Ui;
  sectionsBySlug: Record<string, Section>;
  reports: Record<string, ReportMeta>;
  outlets: Outlet[];
  regions: Region[];
  places: Place[];
  orientation: OrientationLabel[];
  routes: Route[];
  travel: Travel;
  corrections: Correction[];
}
