/**
 * Test fixture: the real (English) content with every word a card draws put into Korean,
 * standing in for the Korean edition's content (same shape, translated strings): the story's
 * kicker and title, section titles, the names of regions, places, seas and neighbours, the
 * rivers and the legend's words. What the cards do not draw stays English.
 */
import type { Content } from '../../content/content-types.ts';

const STORY = { kicker: '중국의 탈북민', title: '신분증도, 백신도 없이' };

const SECTION_TITLES: Record<string, string> = {
  'arrested-on-the-way-out': '탈출길에 붙잡히다',
  'crossing-the-river': '국경의 강을 건너',
  'hiding-in-china': '난민 지위 없이 숨어 살다',
  'left-to-the-provinces': '각 성에 맡겨진 결정',
  'no-papers-no-vaccine': '신분증도, 백신도, 검사도, 치료도 없이',
  'sold-and-trafficked': '팔려 가고 인신매매당한 여성들',
  'south-korea': '대조를 이루는 한국의 규정',
  'what-advocates-ask': '보도들이 요구하는 것',
};

const REGIONS: Record<string, string> = {
  CN: '중국',
  KP: '북한',
  KR: '한국',
  'CN-HL': '헤이룽장성',
  'CN-JL': '지린성',
  'CN-LN': '랴오닝성',
  'CN-BJ': '베이징',
  'CN-TJ': '톈진',
  'CN-HE': '허베이성',
  'CN-NM': '네이멍구',
  'CN-SD': '산둥성',
  'CN-SX': '산시성',
  'KP-09': '함경북도',
  'KP-10': '양강도',
  'KP-03': '평안북도',
  'KP-04': '자강도',
  'KR-11': '서울',
};

const PLACES: Record<string, string> = { seoul: '서울', pyongyang: '평양', beijing: '베이징', tianjin: '톈진' };

const ORIENTATION: Record<string, string> = {
  'yellow-sea': '서해(황해)',
  'sea-of-japan': '동해',
  'bohai-sea': '보하이해',
  'east-china-sea': '동중국해',
  'sea-of-okhotsk': '오호츠크해',
  'pacific-ocean': '태평양',
  russia: '러시아',
  mongolia: '몽골',
  japan: '일본',
};

const ROUTE_LABELS: Record<string, string> = {
  'toward-south-korea': '한국 쪽으로: 경로가 아닌 방향 (어느 보도도 경로를 설명하지 않는다)',
};

/** Highlight labels (legend words), by their English. */
const HIGHLIGHT_LABELS: Record<string, string> = {
  'Where those sent back are returned': '송환된 이들이 보내지는 곳',
  'Moved to vaccinate some defector women': '일부 탈북 여성에게 백신 접종에 나섬',
  'Most female defectors live here; vaccination still difficult': '탈북 여성 대부분이 사는 곳, 접종은 여전히 어려움',
  'Moved to vaccinate some': '일부에게 접종에 나섬',
  'Where most female defectors live': '탈북 여성 대부분이 사는 곳',
  'Tests and vaccines without arrest, even for unregistered foreigners': '미등록 외국인도 체포 없이 검사와 백신',
  'Tests and vaccines without arrest': '체포 없이 검사와 백신',
  'Still difficult for defector women to be vaccinated': '탈북 여성의 접종은 여전히 어려움',
  'Where those forced back are returned': '강제 송환된 이들이 보내지는 곳',
  'Most female defectors live here': '탈북 여성 대부분이 사는 곳',
};

function translated(table: Record<string, string>, key: string, what: string): string {
  const text = table[key];
  if (text === undefined) throw new Error(`Korean fixture: no Korean for ${what} "${key}" (the English content changed: add it)`);
  return text;
}

/** A deep copy of `content` with the cards' words in Korean. */
export function koreanContent(content: Content): Content {
  const ko = structuredClone(content);
  ko.story.kicker = STORY.kicker;
  ko.story.title = STORY.title;
  ko.ui.siteName = STORY.title;
  ko.ui.riverYalu = '압록강';
  ko.ui.riverTumen = '두만강';
  ko.ui.borderLabel = '북중 국경';
  ko.ui.orientationLabel = '위치 참고용';
  ko.ui.locale = 'ko-KR';
  for (const section of ko.sections) {
    section.title = translated(SECTION_TITLES, section.slug, 'section');
    for (const step of section.steps) {
      for (const h of step.map.highlight) if (h.label !== undefined) h.label = translated(HIGHLIGHT_LABELS, h.label, 'highlight label');
    }
  }
  for (const region of Object.values(ko.regions)) region.name = translated(REGIONS, region.id, 'region');
  for (const place of Object.values(ko.places)) place.name = translated(PLACES, place.id, 'place');
  for (const label of ko.orientation) label.name = translated(ORIENTATION, label.id, 'orientation label');
  for (const route of Object.values(ko.routes)) route.label = translated(ROUTE_LABELS, route.id, 'route');
  return ko;
}
