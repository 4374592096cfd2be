/**
 * The site's own voice, sentence by sentence (data/evidence.json). Every text an edition writes
 * is either about the site itself (`site`) or a list of sentences, each of one kind:
 * - reported: report passages carry it, verbatim; its dates are theirs; it hedges where they
 *   hedge ("possible torture" → "may face"), and counts no more than they do ("several", "most");
 * - about the texts: what the five print or do not; words it says no text prints are held
 *   against every text, so "none mentions a river" fails the day one does;
 * - orientation: geography or framing no report carries, marked as such where it is read.
 * A translation inherits each sentence's kind and evidence, and is held to its hedges and places.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import { passageErrors, type EvidenceContext } from './check-evidence.ts';
import { textDateErrors } from './check-dates.ts';
import { underivedDates, type DateReader } from './date-mentions.ts';
import type { EditionWord } from './edition-words.ts';
import type { VoiceWords } from './edition-schema.ts';
import type { ClaimSource, Evidence, EvidenceLedgerFile, LedgerSentence, Quote } from './schema.ts';
import { sentencesOf, type EvidenceByText, type SentenceEvidence } from './sentence-evidence.ts';

export const LEDGER_FILE = 'data/evidence.json';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `word` as a whole word (or phrase) of `text`, ignoring case; letters of any script bound it. */
export const hasWord = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
/** For languages whose words take endings (Korean): `word` at the start of a word. */
const hasStem = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}`, 'iu').test(text);
const isMapText = (key: string) => /\.map\./.test(key);

/**
 * The passages a bare report id stands for: that report's words on the text's own step, section or
 * opening.
 */
function blockPassages(parts: ContentParts, key: string): Evidence[] {
  const asEvidence = (sources: readonly ClaimSource[], quotes: readonly Quote[]): Evidence[] => [
    ...sources.map((s) => ({ report: s.report, passage: s.passage })),
    ...quotes.map((q) => ({ report: q.report, passage: q.text })),
  ];
  const step = /^section:([^:]+):steps\[(\d+)\]\./.exec(key);
  if (step) {
    const st = parts.sectionsBySlug[step[1] ?? '']?.steps[Number(step[2])];
    return st ? asEvidence(st.sources, st.quotes) : [];
  }
  const section = /^section:([^:]+):(title|description)$/.exec(key);
  if (section)
    return (parts.sectionsBySlug[section[1] ?? '']?.steps ?? []).flatMap((st) =>
      asEvidence(st.sources, st.quotes),
    );
  if (key.startsWith('story:opening.'))
    return asEvidence(parts.story.opening.sources, parts.story.opening.quotes);
  return [];
}

const kindOf = (s: LedgerSentence): SentenceEvidence['kind'] =>
  'reported' in s
    ? 'reported'
    : 'about' in s
      ? 'about'
      : 'orientation' in s
        ? 'orientation'
        : 'site';
const passageWords = (e: Evidence) =>
  typeof e.passage === 'string' ? e.passage : e.passage.join(' ');

export interface VoiceCheck {
  errors: ContentError[];
  evidence: EvidenceByText;
}

/** The source edition's own words against the ledger and the reports. */
export function checkVoice(
  parts: ContentParts,
  texts: readonly EditionWord[],
  ledger: EvidenceLedgerFile,
  ctx: EvidenceContext,
  words: VoiceWords,
  lang: string,
  reader: DateReader,
): VoiceCheck {
  const errors: ContentError[] = [];
  const evidence: EvidenceByText = {};
  const allReports = Object.keys(ctx.reportTexts);
  const site = new Set(ledger.site);
  const seen = new Set<string>();
  const at = (key: string, i?: number, more = '') =>
    `sentences["${key}"]${i === undefined ? '' : `[${i}]`}${more}`;

  for (const word of texts) {
    const { key, file, field, text } = word;
    seen.add(key);
    const listed = ledger.sentences[key];
    if (site.has(key)) {
      if (listed)
        errors.push({
          file: LEDGER_FILE,
          field: at(key),
          problem: `"${key}" is listed both as the site's own words and sentence by sentence`,
          fix:
            'keep one: "site" only for words about using the site, which claim nothing about ' +
            'the reports',
        });
      continue;
    }
    const sentences = sentencesOf(text, lang);
    if (!listed) {
      errors.push({
        file,
        field,
        problem:
          "no kind or evidence is given for this text: a sentence in the site's own voice " +
          'must say what carries it',
        fix:
          `add "${key}" to ${LEDGER_FILE} › sentences, one entry per sentence: { "says": ` +
          `"${sentences[0]?.slice(0, 50) ?? ''}…", "reported": [<report ids or passages>] }, ` +
          `or "about" / "orientation"`,
      });
      continue;
    }
    if (listed.length !== sentences.length) {
      errors.push({
        file: LEDGER_FILE,
        field: at(key),
        problem:
          `lists ${listed.length} sentence(s) ` +
          `where ${file} › ${field} has ${sentences.length}`,
        fix:
          `list each sentence of ${file} › ${field} once, in order: ` +
          `${sentences.map((s) => `"${s.slice(0, 40)}…"`).join(', ')}`,
      });
      continue;
    }
    const out: SentenceEvidence[] = [];
    listed.forEach((entry, i) => {
      const sentence = sentences[i] ?? '';
      const field2 = at(key, i);
      if (squash(entry.says) !== squash(sentence)) {
        errors.push({
          file: LEDGER_FILE,
          field: `${field2}.says`,
          problem: `the sentence in ${file} › ${field} now reads "${sentence}"`,
          fix: 'check that its evidence still holds, then copy the sentence here exactly',
        });
        return;
      }
      const kind = kindOf(entry);
      const passages: Evidence[] = [];
      if ('reported' in entry) {
        entry.reported.forEach((e, j) => {
          if (typeof e === 'string') {
            const own = blockPassages(parts, key).filter((p) => p.report === e);
            if (ctx.reportTexts[e] === undefined)
              errors.push({
                file: LEDGER_FILE,
                field: `${field2}.reported[${j}]`,
                problem: `unknown report "${e}"`,
                fix: `use one of ${allReports.map((r) => `"${r}"`).join(', ')}`,
              });
            else if (own.length === 0)
              errors.push({
                file: LEDGER_FILE,
                field: `${field2}.reported[${j}]`,
                problem: `no passage of "${e}" belongs to this text's step, section or opening`,
                fix: `give the passage: { "report": "${e}", "passage": "<its exact words>" }`,
              });
            passages.push(...own);
          } else if (ctx.reportTexts[e.report] === undefined) {
            errors.push({
              file: LEDGER_FILE,
              field: `${field2}.reported[${j}].report`,
              problem: `unknown report "${e.report}"`,
              fix: `use one of ${allReports.map((r) => `"${r}"`).join(', ')}`,
            });
          } else {
            errors.push(
              ...passageErrors(ctx, LEDGER_FILE, `${field2}.reported[${j}]`, e.report, e.passage),
            );
            passages.push(e);
          }
        });
        errors.push(...strengthErrors(sentence, passages, words, LEDGER_FILE, field2));
        const reports = [...new Set(passages.map((p) => p.report))];
        errors.push(...textDateErrors(sentence, reports, ctx.reportTexts, file, field, reader));
        errors.push(...borrowedDateErrors(sentence, reports, parts, ctx, reader, file, field));
      } else if ('about' in entry) {
        for (const absent of entry.about.absent ?? []) {
          const printing = allReports.filter((r) => hasWord(ctx.reportTexts[r] ?? '', absent));
          if (printing.length > 0)
            errors.push({
              file: LEDGER_FILE,
              field: `${field2}.about.absent`,
              problem:
                `says no text prints "${absent}", but ` +
                `${printing.map((r) => `data/reports/${r}.txt`).join(', ')} does`,
              fix: `reword the sentence in ${file} › ${field} to what the texts do say`,
            });
        }
        (entry.about.passages ?? []).forEach((e, j) => {
          errors.push(
            ...passageErrors(
              ctx,
              LEDGER_FILE,
              `${field2}.about.passages[${j}]`,
              e.report,
              e.passage,
            ),
          );
          passages.push(e);
        });
        errors.push(...textDateErrors(sentence, allReports, ctx.reportTexts, file, field, reader));
        errors.push(...borrowedDateErrors(sentence, allReports, parts, ctx, reader, file, field));
      } else if ('site' in entry) {
        errors.push(...textDateErrors(sentence, [], ctx.reportTexts, file, field, reader));
      } else {
        errors.push(...textDateErrors(sentence, [], ctx.reportTexts, file, field, reader));
        if (!isMapText(key) && !sentence.startsWith(words.orientationMark)) {
          errors.push({
            file,
            field,
            problem:
              `"${sentence.slice(0, 50)}…" is orientation (no report carries it) but is not ` +
              `marked as such`,
            fix:
              `begin it with "${words.orientationMark}", or give it the report words that ` +
              `carry it`,
          });
        }
      }
      out.push({
        text: sentence,
        kind,
        passages,
        ...('about' in entry && entry.about.absent ? { absent: entry.about.absent } : {}),
        ...('orientation' in entry ? { orientation: entry.orientation } : {}),
        ...('site' in entry ? { orientation: entry.site } : {}),
      });
    });
    evidence[key] = out;
  }
  for (const key of [...Object.keys(ledger.sentences), ...ledger.site]) {
    if (!seen.has(key))
      errors.push({
        file: LEDGER_FILE,
        field: at(key),
        problem: `no text of the site has the key "${key}"`,
        fix: 'remove the entry, or correct its key (e.g. "section:<slug>:steps[0].text")',
      });
  }
  return { errors, evidence };
}

/** A report's outlet as readers know it, or the report's id when the outlet is unknown. */
const outletName = (ctx: EvidenceContext, parts: ContentParts, report: string | undefined) =>
  ctx.outlets.get(parts.reports[report ?? '']?.outlet ?? '')?.name ?? report;

/**
 * A date printed by only some of the reports a sentence speaks for belongs to those: the sentence
 * must name the report's outlet beside it ("Mint, in a report dated 21 January 2023"), or it
 * lends the date to the others ("the four 2023 pieces", when only one prints the year).
 */
function borrowedDateErrors(
  sentence: string,
  reports: readonly string[],
  parts: ContentParts,
  ctx: EvidenceContext,
  reader: DateReader,
  file: string,
  field: string,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const mention of reader.mentions(sentence)) {
    const printers = reports.filter(
      (r) => underivedDates(mention.text, [ctx.reportTexts[r] ?? ''], reader).length === 0,
    );
    if (printers.length === 0 || printers.length === reports.length) continue;
    const named = printers.some((r) => {
      const outlet = ctx.outlets.get(parts.reports[r]?.outlet ?? '');
      return outlet !== undefined && outlet.aliases.some((a) => hasWord(sentence, a));
    });
    if (!named) {
      errors.push({
        file,
        field,
        problem:
          `"${mention.text}" is printed only by ${printers.join(', ')}, but the sentence ` +
          `speaks for ${reports.length} reports without naming whose date it is`,
        fix:
          `name the report the date belongs to ` +
          `("${outletName(ctx, parts, printers[0])}, ` +
          `dated …"), or drop the date`,
      });
    }
  }
  return errors;
}

/** A reported sentence may hedge no less and count no more than the words that carry it. */
function strengthErrors(
  sentence: string,
  passages: readonly Evidence[],
  words: VoiceWords,
  file: string,
  field: string,
): ContentError[] {
  const errors: ContentError[] = [];
  const said = passages.map(passageWords);
  const hedged = said.filter((p) => words.hedges.some((h) => hasWord(p, h)));
  if (
    said.length > 0 &&
    hedged.length === said.length &&
    !words.hedges.some((h) => hasWord(sentence, h))
  ) {
    errors.push({
      file,
      field,
      problem: `every passage that carries it hedges (${words.hedges
        .filter((h) => said.some((p) => hasWord(p, h)))
        .map((h) => `"${h}"`)
        .join(', ')}), but the sentence does not`,
      fix: `keep the reports' hedge: write "may", "possible" or "reportedly" as they do`,
    });
  }
  for (const group of words.quantities ?? []) {
    const used = group.filter((q) => hasWord(sentence, q));
    if (used.length > 0 && !said.some((p) => group.some((q) => hasWord(p, q)))) {
      errors.push({
        file,
        field,
        problem:
          `says "${used[0]}", but none of its passages gives that quantity ` +
          `(${group.join(', ')})`,
        fix:
          'count no more than the passages do: use their word ("some", "several", "many"), or ' +
          'none',
      });
    }
  }
  return errors;
}

/** A translation's sentences against the source's: the same count, kinds, hedges and places. */
export function checkVoiceTranslation(
  source: { evidence: EvidenceByText; texts: readonly EditionWord[]; words: VoiceWords },
  target: { texts: readonly EditionWord[]; words: VoiceWords; lang: string },
): VoiceCheck {
  const errors: ContentError[] = [];
  const evidence: EvidenceByText = {};
  const sourceText = new Map(source.texts.map((w) => [w.key, w.text]));
  for (const word of target.texts) {
    const theirs = source.evidence[word.key];
    if (!theirs) continue; // the site's own words, or a text the source edition's check rejected
    const { file, field } = word;
    const ours = sentencesOf(word.text, target.lang);
    if (ours.length !== theirs.length) {
      errors.push({
        file,
        field,
        problem:
          `${ours.length} sentence(s) where the source text has ${theirs.length} ` +
          `("${(sourceText.get(word.key) ?? '').slice(0, 60)}…")`,
        fix:
          'translate sentence by sentence, so each keeps the kind and evidence of the sentence ' +
          'it translates',
      });
      continue;
    }
    evidence[word.key] = theirs.map((s, i) => {
      const sentence = ours[i] ?? '';
      const where = `sentence ${i + 1} ("${sentence.slice(0, 30)}…")`;
      if (
        s.kind === 'orientation' &&
        !isMapText(word.key) &&
        !sentence.startsWith(target.words.orientationMark)
      ) {
        errors.push({
          file,
          field,
          problem: `${where} translates an orientation sentence but is not marked as one`,
          fix: `begin it with "${target.words.orientationMark}"`,
        });
      }
      if (
        source.words.hedges.some((h) => hasWord(s.text, h)) &&
        !target.words.hedges.some((h) => hasStem(sentence, h) || sentence.includes(h))
      ) {
        errors.push({
          file,
          field,
          problem: `${where} drops the hedge of "${s.text.slice(0, 60)}…"`,
          fix: `keep the hedge (${target.words.hedges.map((h) => `"${h}"`).join(', ')})`,
        });
      }
      for (const place of target.words.placeWords ?? []) {
        if (sentence.includes(place.word) && !place.needs.some((n) => hasWord(s.text, n))) {
          errors.push({
            file,
            field,
            problem:
              `${where} says "${place.word}" (${place.means}), which "${s.text.slice(0, 60)}…" ` +
              `does not`,
            fix:
              `name the place the source names; "${place.word}" only where it says ` +
              `${place.needs.map((n) => `"${n}"`).join(' or ')}`,
          });
        }
      }
      return { ...s, text: sentence };
    });
  }
  return { errors, evidence };
}
