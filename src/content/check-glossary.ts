/**
 * An edition's terminology, settled once in `data/<id>/glossary.json` and held everywhere: where
 * a source text says a listed English term, its translation uses the edition's chosen word; a
 * word the glossary rules out appears nowhere in the edition, its quotes' translations included.
 * An edition without a glossary has nothing to hold to.
 */
import { z } from 'zod';
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import { editionWords } from './edition-words.ts';

export const glossarySchema = z.strictObject({
  $comment: z.string().optional(),
  terms: z
    .array(
      z.strictObject({
        /** English, matched case-insensitively at a word's start ("defector" in "defectors"). */
        en: z.string().min(1),
        /** The edition's word, in every translation of a text that says `en`. */
        use: z.string().min(1),
        /** Words for the same thing the edition never uses. */
        avoid: z.array(z.string().min(1)),
        /** Why the edition chose so: for the next translator. */
        why: z.string().min(1),
      }),
    )
    .min(1),
});
export type Glossary = z.infer<typeof glossarySchema>;

/** A text and its source-edition counterpart, where the edition's file has it. */
interface Pair {
  file: string;
  field: string;
  text: string;
  source: string;
}

/** Every translated text beside its source: the edition's own words, its quotes, its map names. */
function pairs(source: ContentParts, target: ContentParts, dir: string): Pair[] {
  const counterparts = new Map(editionWords(source, 'data').map((w) => [w.key, w.text]));
  const out: Pair[] = editionWords(target, dir).flatMap((w) => {
    const text = counterparts.get(w.key);
    return text === undefined ? [] : [{ file: w.file, field: w.field, text: w.text, source: text }];
  });
  target.story.opening.quotes.forEach((q, i) =>
    out.push({
      file: `${dir}/story.json`,
      field: `opening.quotes[${i}].text`,
      text: q.text,
      source: source.story.opening.quotes[i]?.text ?? '',
    }),
  );
  for (const [slug, section] of Object.entries(target.sectionsBySlug))
    section.steps.forEach((step, s) =>
      step.quotes.forEach((q, i) =>
        out.push({
          file: `${dir}/sections/${slug}.json`,
          field: `steps[${s}].quotes[${i}].text`,
          text: q.text,
          source: source.sectionsBySlug[slug]?.steps[s]?.quotes[i]?.text ?? '',
        }),
      ),
    );
  // The names every map draws for orientation: a sea's name is held to the glossary too.
  for (const label of target.orientation) {
    const english = source.orientation.find((o) => o.id === label.id);
    if (english)
      out.push({
        file: `${dir}/orientation.json`,
        field: `names.${label.id}`,
        text: label.name,
        source: english.name,
      });
  }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function checkGlossary(
  source: ContentParts,
  target: ContentParts,
  dir: string,
  glossary: Glossary,
): ContentError[] {
  const errors: ContentError[] = [];
  const file = `${dir}/glossary.json`;
  // A word the glossary both chooses and rules out would fail every text that uses it.
  const chosen = new Set(glossary.terms.map((t) => t.use));
  glossary.terms.forEach((t, i) =>
    t.avoid
      .filter((word) => [...chosen].some((use) => use.includes(word)))
      .forEach((word) =>
        errors.push({
          file,
          field: `terms[${i}].avoid`,
          problem: `rules out ${word}, which the glossary chooses for another term`,
          fix: `remove ${word} from the words "${t.en}" avoids, or choose another word`,
        }),
      ),
  );
  if (errors.length > 0) return errors;
  const terms = glossary.terms.map((t) => ({
    ...t,
    says: new RegExp(`(?<![\\p{L}\\p{N}])${escape(t.en)}`, 'iu'),
  }));
  for (const { file: where, field, text, source: original } of pairs(source, target, dir)) {
    for (const term of terms) {
      if (term.says.test(original) && !text.includes(term.use))
        errors.push({
          file: where,
          field,
          problem: `the source says "${term.en}" here, and the text does not use ${term.use}`,
          fix: `write ${term.use}, the edition's word for "${term.en}" (${file})`,
        });
      for (const word of term.avoid.filter((w) => text.includes(w)))
        errors.push({
          file: where,
          field,
          problem: `uses ${word}, which ${file} rules out (${term.why})`,
          fix: `write ${term.use} instead`,
        });
    }
  }
  return errors;
}
