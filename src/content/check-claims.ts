/**
 * Every step's (and the opening's) claim sources: the report carries the claim in the words
 * given, those words name whom the report credits, and the travel graph has that link. Quotes
 * must come from a report the step rests on. The site's own words may name an outlet only
 * where the evidence supports it, and may put in quotation marks only words a report prints.
 */
import type { ContentError } from './content-error.ts';
import type { ContentParts } from './content-types.ts';
import { passageErrors, type EvidenceContext } from './check-evidence.ts';
import { outletsNamedIn } from './outlet-names.ts';
import type { ClaimSource, Quote } from './schema.ts';
import { isVerbatimIn, longestMatchingPrefix } from './normalize-quote.ts';

export interface ClaimBlock {
  file: string;
  /** Field path of the block ("steps[2]", "opening"). */
  at: string;
  text: string;
  sources: readonly ClaimSource[];
  quotes: readonly Quote[];
  /** More words in the site's voice tied to the block (a map description), by field name. */
  more?: Readonly<Record<string, string>>;
}

/** Outlets each report is shown, by an evidenced travel link, to credit (by outlet id). */
export function creditedOutlets(
  parts: Pick<ContentParts, 'travel' | 'reports'>,
): Map<string, Set<string>> {
  const outletOfNode = new Map<string, string>([
    ...parts.travel.upstream.map((u) => [u.id, u.outlet] as const),
    ...Object.entries(parts.reports).map(([id, r]) => [id, r.outlet] as const),
  ]);
  const out = new Map<string, Set<string>>();
  for (const link of parts.travel.links) {
    const outlet = outletOfNode.get(link.drewOn);
    if (!outlet) continue;
    if (!out.has(link.from)) out.set(link.from, new Set());
    out.get(link.from)?.add(outlet);
  }
  return out;
}

export function checkClaimBlock(
  parts: ContentParts,
  ctx: EvidenceContext,
  block: ClaimBlock,
): ContentError[] {
  const { file, at } = block;
  const errors: ContentError[] = [];
  const reportIds = Object.keys(ctx.reportTexts).sort();
  const list = (ids: Iterable<string>) => [...ids].map((id) => `"${id}"`).join(', ');
  const credited = creditedOutlets(parts);
  const known = (id: string) => ctx.reportTexts[id] !== undefined;

  block.sources.forEach((source, i) => {
    const field = `${at}.sources[${i}]`;
    if (!known(source.report)) {
      errors.push({
        file,
        field: `${field}.report`,
        problem: `unknown report "${source.report}"`,
        fix: `use one of ${list(reportIds)}`,
      });
      return;
    }
    const meta = parts.reports[source.report];
    if (!meta) return; // its broken record is reported in its own file
    if (source.credits === null) {
      errors.push(...passageErrors(ctx, file, field, source.report, source.passage));
    } else if (!ctx.outlets.has(source.credits)) {
      errors.push({
        file,
        field: `${field}.credits`,
        problem: `unknown outlet "${source.credits}"`,
        fix:
          `use an id from data/outlets.json (${list(ctx.outlets.keys())}), or null when the ` +
          `passage cites no source`,
      });
    } else if (source.credits === meta.outlet) {
      if (meta.kind !== 'original') {
        errors.push({
          file,
          field: `${field}.credits`,
          problem: `a ${meta.kind} report cannot be its own source`,
          fix:
            'set "credits" to whom the passage credits, or to null: the claim line will say ' +
            '"citing no source"',
        });
      } else {
        errors.push(...passageErrors(ctx, file, field, source.report, source.passage));
      }
    } else {
      const passage = passageErrors(ctx, file, field, source.report, source.passage, [
        source.credits,
      ]);
      errors.push(...passage);
      if (passage.length === 0 && !credited.get(source.report)?.has(source.credits)) {
        errors.push({
          file,
          field: `${field}.credits`,
          problem:
            `data/travel.json has no link from "${source.report}" to ` +
            `${ctx.outlets.get(source.credits)?.name}`,
          fix:
            `add a link { "from": "${source.report}", "drewOn": <the ${source.credits} node>, ` +
            `"evidence": … } to data/travel.json, so the sources page shows it`,
        });
      }
    }
  });

  const reportsHere = new Set(block.sources.map((s) => s.report));
  block.quotes.forEach((quote, q) => {
    const field = `${at}.quotes[${q}]`;
    const text = ctx.reportTexts[quote.report];
    if (text === undefined) {
      errors.push({
        file,
        field: `${field}.report`,
        problem: `unknown report "${quote.report}"`,
        fix: `use one of ${list(reportIds)}`,
      });
      return;
    }
    if (!reportsHere.has(quote.report))
      errors.push({
        file,
        field: `${field}.report`,
        problem: `quote's report "${quote.report}" carries none of this claim's sources`,
        fix:
          `add a source { "report": "${quote.report}", "credits": …, "passage": … } to ` +
          `${at}.sources`,
      });
    if (!isVerbatimIn(quote.text, text)) {
      const prefix = longestMatchingPrefix(quote.text, text);
      const where =
        prefix.length > 0
          ? ` It matches up to "…${prefix.slice(-40)}" and differs after that.`
          : '';
      errors.push({
        file,
        field: `${field}.text`,
        problem: `quote not found verbatim in data/reports/${quote.report}.txt.${where}`,
        fix:
          'copy the words exactly from the report (only curly/straight quotes and spacing may ' +
          'differ), or cite the report that has them',
      });
    }
    // A speaker line may credit only what this block's passages of the quote's report credit.
    const meta = parts.reports[quote.report];
    const allowed = new Set([
      meta?.outlet,
      ...block.sources.filter((s) => s.report === quote.report).map((s) => s.credits),
    ]);
    for (const o of outletsNamedIn(quote.speaker, [...ctx.outlets.values()])) {
      if (!allowed.has(o))
        errors.push({
          file,
          field: `${field}.speaker`,
          problem:
            `names ${ctx.outlets.get(o)?.name}, but no source here shows ` +
            `data/reports/${quote.report}.txt crediting it`,
          fix:
            `describe the speaker as the report does, or add the passage of ${quote.report} ` +
            `that credits ${ctx.outlets.get(o)?.name} to ${at}.sources`,
        });
    }
  });

  // The site's own words name only the outlets of this block's reports and whom they credit.
  const supported = new Set(
    block.sources.flatMap((s) => [parts.reports[s.report]?.outlet, s.credits ?? undefined]),
  );
  const texts = Object.entries({ text: block.text, ...block.more });
  for (const [name, words] of texts) {
    for (const o of outletsNamedIn(words, [...ctx.outlets.values()])) {
      if (!supported.has(o))
        errors.push({
          file,
          field: `${at}.${name}`,
          problem:
            `names ${ctx.outlets.get(o)?.name}, but none of this step's sources is by or ` +
            `credits it`,
          fix: `add the source whose words credit ${ctx.outlets.get(o)?.name}, or do not name it`,
        });
    }
    errors.push(
      ...quotedPhraseErrors(
        words,
        block.sources.map((s) => s.report),
        ctx.reportTexts,
        file,
        `${at}.${name}`,
      ),
    );
  }
  return errors;
}

/** Words the site's own text puts in quotation marks must be verbatim in one of `reports`. */
export function quotedPhraseErrors(
  words: string,
  reports: readonly string[],
  reportTexts: Readonly<Record<string, string>>,
  file: string,
  field: string,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const m of words.matchAll(/["“]([^"”]+)["”]/g)) {
    const phrase = (m[1] ?? '').replace(/[.,;:]$/, '');
    if (!reports.some((r) => isVerbatimIn(phrase, reportTexts[r] ?? ''))) {
      errors.push({
        file,
        field,
        problem: `"${phrase}" is in quotation marks but in none of this step's reports`,
        fix:
          `quote only words a report prints ` +
          `(${reports.map((r) => `data/reports/${r}.txt`).join(', ')}), or drop the quotation ` +
          `marks`,
      });
    }
  }
  return errors;
}
