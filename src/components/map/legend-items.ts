import type { Content } from '../../content/content-types.ts';
import type { MapView } from '../../content/schema.ts';
import { fillMessage, joinList } from '../../content/fill-message.ts';

export interface LegendItem {
  kind: 'primary' | 'secondary' | 'border' | 'route' | 'gesture' | 'orientation';
  text: string;
}

/** What a view's legend says: a swatch and words for every shading and line. */
export function legendItems(view: MapView, content: Content): LegendItem[] {
  const name = (id: string) => content.regions[id]?.name ?? id;
  const route = view.route ? content.routes[view.route] : undefined;
  // Lists and "name: words" as the edition writes them ("A, B and C"; "A, B 및 C").
  const list = (names: string[]) => joinList(names, content.locale).join('');
  const labelled = (names: string[], words?: string) =>
    words
      ? fillMessage(content.ui.fieldLabel, { label: list(names) }).join('') + words
      : list(names);
  return [
    ...view.highlight.map((h) => ({ kind: h.tone, text: labelled(h.regions.map(name), h.label) })),
    ...(view.border ? [{ kind: 'border' as const, text: content.ui.borderLabel }] : []),
    ...(route
      ? [
          {
            kind: route.kind === 'gesture' ? ('gesture' as const) : ('route' as const),
            text: route.label,
          },
        ]
      : []),
    ...((view.orientation?.length ?? 0) > 0
      ? [
          {
            kind: 'orientation' as const,
            text: labelled(
              (view.orientation ?? []).map((id) => content.places[id]?.name ?? id),
              content.ui.orientationLabel,
            ),
          },
        ]
      : []),
  ];
}

/**
 * Rough height in px of the legend on a phone, where it sits over the top of the map: lets the
 * camera keep the view clear of it without measuring (so the server and client agree).
 */
export function phoneLegendHeight(items: readonly LegendItem[], width: number): number {
  if (items.length === 0) return 0;
  const charsPerLine = Math.max(20, Math.floor((width - 60) / 7.4));
  const lines = items.reduce((n, item) => n + Math.ceil(item.text.length / charsPerLine), 0);
  return 18 + lines * 19;
}
