/**
 * The evidence of the site's own sentences, as pages show it (/read/'s notes, JSON-LD): built
 * by the content check from data/evidence.json, per edition. Server-only: pages' scripts never
 * carry it.
 */
import type { Evidence } from './schema.ts';

/**
 * reported: what reports say; about: what the texts print or do not; orientation: framing no
 * report carries; site: what this site itself does (its checks, its drawing), nothing of the
 * reports.
 */
export type SentenceKind = 'reported' | 'about' | 'orientation' | 'site';

export interface SentenceEvidence {
  /** The sentence as this edition writes it. */
  text: string;
  kind: SentenceKind;
  /** The report words that carry it (reported; about, when it points to words). */
  passages: Evidence[];
  /** About the texts: words none of the five prints (held against every text). */
  absent?: string[];
  /** Orientation or site: what it is (e.g. "background geography, not from the reports"). */
  orientation?: string;
}

/** By text key, the same in every edition: "section:hiding-in-china:steps[0].text". */
export type EvidenceByText = Record<string, SentenceEvidence[]>;

/** Sentences of `text` as `lang` segments them (trimmed, none empty). */
export function sentencesOf(text: string, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}
