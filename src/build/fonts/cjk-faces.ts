/**
 * Node-only, build time: the CJK faces the social cards draw with (SIL Open Font License 1.1),
 * Regular and Bold: Noto Sans KR for Korean, Noto Sans SC for Simplified Chinese, from the
 * `@expo-google-fonts/*` devDependencies, the static TrueType files Google Fonts serves (6 MB a
 * weight for Korean, 10 MB for Chinese). Opened with fontkit once, on first use; never fetched
 * at build time. Which edition uses which face is src/geo/card-type.ts (CJK_FACES).
 */
import { createRequire } from 'node:module';
import { openSync, type Font } from 'fontkit';
import type { CjkFamily } from '../../geo/card-type.ts';

export type CjkWeight = 400 | 700;

const FILES: Record<CjkFamily, Record<CjkWeight, string>> = {
  'Noto Sans KR': {
    400: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    700: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  },
  'Noto Sans SC': {
    400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
};

/** Where a face's font file of a weight lies (in node_modules). */
export function cjkFaceFile(family: CjkFamily, weight: CjkWeight): string {
  return createRequire(import.meta.url).resolve(FILES[family][weight]);
}

const loaded = new Map<string, Font>();

/** A face at a weight, opened once per process. */
export function cjkFace(family: CjkFamily, weight: CjkWeight): Font {
  const key = `${family}:${weight}`;
  let font = loaded.get(key);
  if (!font) {
    // A .ttf holds one font; only .ttc and .dfont files open as a FontCollection.
    font = openSync(cjkFaceFile(family, weight)) as Font;
    loaded.set(key, font);
  }
  return font;
}
