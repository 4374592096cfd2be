/**
 * The story as the app sees it. Files are bundled at build time (the build has already
 * validated them, so this trusts their shape and ships no schema code to readers).
 * Report texts are not imported: readers get quotes and links, not whole articles.
 */
import type { ContentParts } from './content-types.ts';
import { buildContent } from './build-content.ts';
import type { OrientationLabel, Outlet, Place, Region, ReportMeta, Route, Section, StoryMeta, Travel, Ui } from './schema.ts';
import story from '../../data/story.json';
import ui from '../../data/ui.json';
import outlets from '../../data/outlets.json';
import regions from '../../data/regions.json';
import places from '../../data/places.json';
import orientation from '../../data/orientation.json';
import routes from '../../data/routes.json';
import travel from '../../data/travel.json';

const fileId = (path: string) => path.replace(/^.*\/([^/]+)\.json$/, '$1');

const sectionModules = import.meta.glob<Section>('../../data/sections/*.json', { eager: true, import: 'default' });
const reportModules = import.meta.glob<ReportMeta>('../../data/reports/*.json', { eager: true, import: 'default' });

const parts: ContentParts = {
  story: story as StoryMeta,
  ui: ui as Ui,
  sectionsBySlug: Object.fromEntries(Object.entries(sectionModules).map(([path, s]) => [fileId(path), s])),
  reports: Object.fromEntries(Object.entries(reportModules).map(([path, r]) => [fileId(path), r])),
  outlets: outlets.outlets as Outlet[],
  regions: regions.regions as Region[],
  places: places.places as Place[],
  orientation: orientation.labels as OrientationLabel[],
  routes: routes.routes as Route[],
  travel: travel as Travel,
};

export const content = buildContent(parts);
