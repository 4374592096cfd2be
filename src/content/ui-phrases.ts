/**
 * Phrases several components say the same way, built once from the edition's interface words
 * (data/ui.json and its translations).
 */
import { fillMessage } from './fill-message.ts';
import type { Ui } from './schema.ts';

/** What every map's words begin with ("The map, as this site draws it: "). */
export const mapWordsLead = (ui: Pick<Ui, 'fieldLabel' | 'mapShows'>): string =>
  fillMessage(ui.fieldLabel, { label: ui.mapShows }).join('');

/** Where a reader is among `count` steps, `index` counted from 0 ("Step 2 of 4"). */
export const stepPosition = (ui: Pick<Ui, 'stepPosition'>, index: number, count: number): string =>
  fillMessage(ui.stepPosition, { n: String(index + 1), total: String(count) }).join('');
