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
