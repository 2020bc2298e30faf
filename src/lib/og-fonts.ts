/**
 * The fonts the Open Graph images are drawn with: Inter 400 and 700, Latin subset, as WOFF (satori reads TrueType,
 * OpenType and WOFF, not WOFF2), committed under src/assets/fonts/ with their licence (OFL.txt). Vite inlines them
 * into the build's server code, so no font is fetched or looked up on disk while the site builds.
 */
import bold from '../assets/fonts/inter-latin-700-normal.woff?inline';
import regular from '../assets/fonts/inter-latin-400-normal.woff?inline';
import type { OgFont } from './og-render';

const bytes = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

export const ogFonts: OgFont[] = [
  { name: 'Inter', data: bytes(regular), weight: 400, style: 'normal' },
  { name: 'Inter', data: bytes(bold), weight: 700, style: 'normal' },
];

/**
 * What the subset holds (fontsource's unicode-range for inter-latin): a title with a character outside it would be
 * drawn as an empty box.
 */
export const ogFontRanges: readonly [number, number][] = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

/** Characters of `text` the fonts cannot draw. */
export const undrawable = (text: string): string[] =>
  [...new Set(text)].filter(
    (ch) => !ogFontRanges.some(([from, to]) => ch.codePointAt(0)! >= from && ch.codePointAt(0)! <= to),
  );
