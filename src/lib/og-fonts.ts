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
