/**
 * Renders an Open Graph image: the layout from og-image.ts → SVG (satori, text drawn as paths with the fonts
 * given, so no font is needed where the SVG is rasterised) → PNG (sharp). Nothing here reads the clock, the
 * network or the file system, so the same card and fonts give the same bytes.
 */
import satori from 'satori';
import sharp from 'sharp';
import { ogImageSize, ogImageTree, titleBox, titleNode, titleSizes, type OgCard, type OgNode } from './og-image';

export interface OgFont {
  name: string;
  data: ArrayBuffer | Buffer;
  weight: 400 | 700;
  style: 'normal';
}

// satori's types ask for a React node; the tree has exactly that shape.
const svgOf = (node: OgNode, fonts: OgFont[], size: { width: number; height?: number }) =>
  satori(node as unknown as Parameters<typeof satori>[0], { ...size, fonts } as Parameters<typeof satori>[1]);

/** The height satori gives the title at a size when it may wrap freely in the title box's width. */
export async function titleHeight(title: string, size: number, fonts: OgFont[]): Promise<number> {
  const svg = await svgOf(titleNode(title, size), fonts, { width: titleBox.width });
  return Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? Infinity);
}

/** The largest title size at which the title fits its box; the smallest (clamped to the box) if none does. */
export async function fitTitleSize(title: string, fonts: OgFont[]): Promise<number> {
  for (const size of titleSizes) if ((await titleHeight(title, size, fonts)) <= titleBox.height) return size;
  return titleSizes[titleSizes.length - 1];
}

/** A card as a 1200×630 PNG. sharp writes no metadata (no time chunk) unless asked, so the bytes are stable. */
export async function renderOgImage(card: OgCard, siteTitle: string, fonts: OgFont[]): Promise<Buffer> {
  const tree = ogImageTree(card, siteTitle, await fitTitleSize(card.title, fonts));
  const svg = await svgOf(tree, fonts, ogImageSize);
  // The image has four colours and their anti-aliasing: a 32-colour palette keeps it sharp at about a third of
  // the bytes of full colour; no dithering, so flat ground stays flat.
  return sharp(Buffer.from(svg))
    .png({ compressionLevel: 9, palette: true, colours: 32, dither: 0, effort: 1 })
    .toBuffer();
}
