import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { limits, site } from '../../src/config/site';
import { ogFonts } from '../../src/lib/og-fonts';
import {
  ogColours,
  ogImageSize,
  ogImageTree,
  titleBox,
  titleSizes,
  type OgCard,
  type OgNode,
} from '../../src/lib/og-image';
import { fitTitleSize, renderOgImage, titleHeight } from '../../src/lib/og-render';

const card: OgCard = {
  title: 'The June 2025 withdrawal: what was withdrawn, and what it means',
  eyebrow: 'The SEC’s shift in tone',
  date: 'Facts as of 12 June 2025',
};
/** As long as an article title may be (the schema's maximum), in words as wide as Inter's capitals get. */
const longest = (word: string) => `${word} `.repeat(limits.titleLength.max).slice(0, limits.titleLength.max).trim();
const longTitles = {
  words: longest('WMWMWMW'),
  prose: longest('Withdrawal of the proposed amendments to Exchange Act Rule 3b-16 and Regulation ATS'),
  'one unbroken word': 'W'.repeat(limits.titleLength.max),
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const texts = (node: OgNode | string): string[] =>
  typeof node === 'string'
    ? [node]
    : [node.props.children ?? []].flat().flatMap((child) => texts(child as OgNode | string));

/** The PNG's chunk types, in order (after the 8-byte signature: length, type, data, CRC). */
function pngChunks(png: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) types.push(png.toString('latin1', at + 4, at + 8));
  return types;
}

/** Pixels of the title's white outside the box the title may use (the eyebrow and footer are other colours). */
async function whiteOutsideTitleBox(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const slack = 2; // anti-aliasing of a glyph's edge
  let count = 0;
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      const i = (y * info.width + x) * info.channels;
      const white = data[i] > 230 && data[i + 1] > 230 && data[i + 2] > 230;
      const inside =
        x >= titleBox.left - slack &&
        x < titleBox.left + titleBox.width + slack &&
        y >= titleBox.top - slack &&
        y < titleBox.top + titleBox.height + slack;
      if (white && !inside) count++;
    }
  return count;
}

describe('ogImageTree', () => {
  it('shows the eyebrow, the title, the site title and the date, in reading order', () => {
    expect(texts(ogImageTree(card, site.title, 60))).toEqual([card.eyebrow, card.title, site.title, card.date]);
  });

  it('leaves the date out when a page has none', () => {
    expect(texts(ogImageTree({ title: 'Glossary', eyebrow: 'Reference' }, site.title, 60))).toEqual([
      'Reference',
      'Glossary',
      site.title,
    ]);
  });

  it('draws on the dark ground in colours with at least 7:1 contrast', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ground = luminance(ogColours.ground);
    for (const colour of [ogColours.title, ogColours.eyebrow, ogColours.footer])
      expect((luminance(colour) + 0.05) / (ground + 0.05), colour).toBeGreaterThanOrEqual(7);
  });
});

// Each render is a few hundred milliseconds of CPU, more on a busy machine.
const rendering = { timeout: 60_000 };

describe('fitTitleSize', rendering, () => {
  it('keeps a short title at the largest size', async () => {
    expect(await fitTitleSize('Glossary', ogFonts)).toBe(titleSizes[0]);
  });

  it.each(Object.entries(longTitles).slice(0, 2))(
    'shrinks a %s title of the maximum length until it fits its box',
    async (_, title) => {
      expect(title).toHaveLength(limits.titleLength.max);
      const size = await fitTitleSize(title, ogFonts);
      expect(size).toBeLessThan(titleSizes[0]);
      expect(await titleHeight(title, size, ogFonts)).toBeLessThanOrEqual(titleBox.height);
      // and the next size up would not have fitted
      const larger = titleSizes[titleSizes.indexOf(size as (typeof titleSizes)[number]) - 1];
      expect(await titleHeight(title, larger, ogFonts)).toBeGreaterThan(titleBox.height);
    },
  );
});

describe('renderOgImage', rendering, () => {
  it('makes a 1200×630 PNG', async () => {
    const meta = await sharp(await renderOgImage(card, site.title, ogFonts)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', ogImageSize.width, ogImageSize.height]);
  });

  it('gives byte-identical images for the same card, and different ones for another', async () => {
    const first = await renderOgImage(card, site.title, ogFonts);
    const again = await renderOgImage({ ...card }, site.title, ogFonts);
    const other = await renderOgImage({ ...card, date: 'Facts as of 13 June 2025' }, site.title, ogFonts);
    expect(sha256(again)).toBe(sha256(first));
    expect(sha256(other)).not.toBe(sha256(first));
  });

  it('writes no time, text or Exif chunk into the PNG', async () => {
    const chunks = pngChunks(await renderOgImage(card, site.title, ogFonts));
    expect(chunks[0]).toBe('IHDR');
    expect(chunks.at(-1)).toBe('IEND');
    expect(chunks.filter((type) => ['tIME', 'tEXt', 'zTXt', 'iTXt', 'eXIf'].includes(type))).toEqual([]);
  });

  it.each(Object.entries(longTitles))('keeps a %s title of the maximum length inside its box', async (_, title) => {
    const png = await renderOgImage({ ...card, title }, site.title, ogFonts);
    expect(await whiteOutsideTitleBox(png)).toBe(0);
  });

  it('draws the title in white inside its box (the overflow check sees it)', async () => {
    const png = await renderOgImage(card, site.title, ogFonts);
    const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    let white = 0;
    for (let i = 0; i < data.length; i += 3) if (data[i] > 230 && data[i + 1] > 230 && data[i + 2] > 230) white++;
    expect(white).toBeGreaterThan(1000);
  });
});
