/**
 * Node-only, build time: Noto Sans KR (SIL Open Font License 1.1), Regular and Bold, from the
 * `@expo-google-fonts/noto-sans-kr` devDependency: the static TrueType files Google Fonts
 * serves, about 6 MB each. Read once, on first use; never fetched at build time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { TrueTypeFont } from './sfnt.ts';

export type HangulWeight = 400 | 700;

const FILES: Record<HangulWeight, string> = {
  400: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
};

/** Where the font file of a weight lies (in node_modules). */
export function notoSansKrFile(weight: HangulWeight): string {
  return createRequire(import.meta.url).resolve(FILES[weight]);
}

const loaded = new Map<HangulWeight, TrueTypeFont>();

/** The full Noto Sans KR font of a weight, read and parsed once per process. */
export function notoSansKr(weight: HangulWeight): TrueTypeFont {
  let font = loaded.get(weight);
  if (!font) {
    font = new TrueTypeFont(new Uint8Array(readFileSync(notoSansKrFile(weight))));
    loaded.set(weight, font);
  }
  return font;
}
