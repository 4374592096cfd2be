import { RIVER_IDS, type RiverId } from '../geo/border-rivers.ts';
import type { Ui } from './schema.ts';

/**
 * Each border river's name in an edition's interface words (data/ui.json: riverYalu, riverTumen).
 */
const RIVER_UI_KEY = { yalu: 'riverYalu', tumen: 'riverTumen' } as const satisfies Record<
  RiverId,
  keyof Ui
>;

export function riverNames(ui: Pick<Ui, (typeof RIVER_UI_KEY)[RiverId]>): Record<RiverId, string> {
  return Object.fromEntries(RIVER_IDS.map((id) => [id, ui[RIVER_UI_KEY[id]]])) as Record<
    RiverId,
    string
  >;
}
