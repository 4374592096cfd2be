/**
 * Node-only, build time: Noto Sans KR (SIL Open Font License 1.1), Regular and Bold, from the
 * `@expo-google-fonts/noto-sans-kr` devDependency: the static TrueType files Google Fonts
 * serves, about 6 MB each. Opened with fontkit once, on first use; never fetched at build time.
 */
import { createRequire } from 'node:module';
import { openSync, type Font } from 'fontkit';

export type HangulWeight = 400 | 700;

const FILES: Record<HangulWeight, string> = {
  400: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
};

/** Where the font file of a weight lies (in node_modules). */
export function notoSansKrFile(weight: HangulWeight): string {
  return createRequire(import.meta.url).resolve(FILES[weight]);
}

const loaded = new Map<HangulWeight, Font>();

/** The Noto Sans KR font of a weight, opened once per process. */
export function notoSansKr(weight: HangulWeight): Font {
  let font = loaded.get(weight);
  if (!font) {
    // A .ttf holds one font; only .ttc and .dfont files open as a FontCollection.
    font = openSync(notoSansKrFile(weight)) as Font;
    loaded.set(weight, font);
  }
  return font;
}
