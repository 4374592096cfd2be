/**
 * The evidence rule, shared by every check that holds report words: a passage must be verbatim
 * in its report (excerpts in order), and, when it credits an outlet, must name it.
 */
import type { ContentError } from './content-error.ts';
import { namesOutlet, type NamedOutlet } from './outlet-names.ts';
import {
  describePassageProblem,
  excerptsOf,
  passageProblem,
  passageText,
  type PassageValue,
} from './passage.ts';

export interface EvidenceContext {
  reportTexts: Readonly<Record<string, string>>;
  outlets: ReadonlyMap<string, NamedOutlet & { name: string }>;
}

/**
 * Errors for one passage of `report`, at `file` › `field`. `mustName`: outlet ids the passage
 * must name (by an alias). Returns nothing when the report is unknown (reported by the caller).
 */
export function passageErrors(
  ctx: EvidenceContext,
  file: string,
  field: string,
  report: string,
  passage: PassageValue,
  mustName: readonly string[] = [],
  role: (outletName: string) => string = (name) => `${name}, whom it is said to credit`,
): ContentError[] {
  const text = ctx.reportTexts[report];
  if (text === undefined) return [];
  const reportFile = `data/reports/${report}.txt`;
  const problem = passageProblem(passage, text);
  if (problem) {
    return [
      {
        file,
        field: `${field}.passage`,
        problem:
          `passage ` +
          `${describePassageProblem(problem, reportFile, excerptsOf(passage).length > 1)}`,
        fix:
          'copy the words exactly from the report (only curly/straight quotes and spacing may ' +
          'differ); give excerpts in the order the report prints them',
      },
    ];
  }
  const errors: ContentError[] = [];
  for (const id of mustName) {
    const outlet = ctx.outlets.get(id);
    if (outlet && !namesOutlet(passageText(passage), outlet)) {
      errors.push({
        file,
        field: `${field}.passage`,
        problem: `the passage does not name ${role(outlet.name)}`,
        fix:
          `quote the words of ${reportFile} that name ${outlet.name} (as ` +
          `${outlet.aliases.map((a) => `"${a}"`).join(' or ')}), adding an excerpt if needed, ` +
          `or credit whom the passage does name`,
      });
    }
  }
  return errors;
}
