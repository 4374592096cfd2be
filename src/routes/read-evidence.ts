/**
 * /read/'s evidence notes: every sentence the article writes in its own voice, in reading order,
 * numbered after the report notes. Pure: which texts, in which order, with which number.
 */
import type { Content } from '../content/content-types.ts';
import type { SentenceEvidence } from '../content/sentence-evidence.ts';
import { stepReports } from '../content/claim-line.ts';

/** One sentence with its note number. */
export interface NumberedSentence {
  n: number;
  key: string;
  sentence: SentenceEvidence;
}

/**
 * The keys of the own-voice texts /read/ prints, in the order it prints them: the opening, its
 * speakers, the lede and the caveat; then each step's map caption (the map comes first), text
 * and speakers.
 */
export function readTextKeys(content: Pick<Content, 'story' | 'sections'>): string[] {
  const { story } = content;
  return [
    'story:opening.text',
    ...story.opening.quotes.map((_, i) => `story:opening.quotes[${i}].speaker`),
    'story:lede',
    'story:caveat',
    ...content.sections.flatMap((section) =>
      section.steps.flatMap((step, s) => [
        `section:${section.slug}:steps[${s}].map.description`,
        `section:${section.slug}:steps[${s}].text`,
        ...step.quotes.map((_, i) => `section:${section.slug}:steps[${s}].quotes[${i}].speaker`),
      ]),
    ),
  ];
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Each text's sentences with their numbers, from `first` on. A text is left out (printed plain,
 * without notes) when it has no evidence, or when its sentences no longer spell its words.
 */
export function numberSentences(
  content: Pick<Content, 'story' | 'sections' | 'evidence'>,
  texts: Readonly<Record<string, string>>,
  first: number,
): { byKey: Map<string, NumberedSentence[]>; all: NumberedSentence[] } {
  const byKey = new Map<string, NumberedSentence[]>();
  const all: NumberedSentence[] = [];
  for (const key of readTextKeys(content)) {
    const sentences = content.evidence[key];
    const text = texts[key];
    if (!sentences || sentences.length === 0 || text === undefined) continue;
    if (squash(sentences.map((s) => s.text).join('')) !== squash(text)) continue;
    const numbered = sentences.map((sentence, i) => ({ n: first + all.length + i, key, sentence }));
    byKey.set(key, numbered);
    all.push(...numbered);
  }
  return { byKey, all };
}

/** The words of every text readTextKeys names, by key. */
export function readTexts(content: Pick<Content, 'story' | 'sections'>): Record<string, string> {
  const { story } = content;
  const out: Record<string, string> = {
    'story:opening.text': story.opening.text,
    'story:lede': story.lede,
    'story:caveat': story.caveat,
  };
  story.opening.quotes.forEach((q, i) => (out[`story:opening.quotes[${i}].speaker`] = q.speaker));
  for (const section of content.sections) {
    section.steps.forEach((step, s) => {
      out[`section:${section.slug}:steps[${s}].map.description`] = step.map.description;
      out[`section:${section.slug}:steps[${s}].text`] = step.text;
      step.quotes.forEach(
        (q, i) => (out[`section:${section.slug}:steps[${s}].quotes[${i}].speaker`] = q.speaker),
      );
    });
  }
  return out;
}

/**
 * Report ids in the order the article first cites them (that is their note number): the claim
 * lines and quotes first, then any report only a sentence's evidence quotes.
 */
export function reportNoteOrder(
  content: Pick<Content, 'story' | 'sections' | 'evidence'>,
): string[] {
  const cited = [content.story.opening, ...content.sections.flatMap((s) => s.steps)].flatMap((st) =>
    stepReports(st),
  );
  const evidenced = readTextKeys(content).flatMap((k) =>
    (content.evidence[k] ?? []).flatMap((s) => s.passages.map((p) => p.report)),
  );
  return [...new Set([...cited, ...evidenced])];
}
