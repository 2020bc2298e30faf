/**
 * The layout of a page's Open Graph image (the picture a link preview shows): a pure tree of boxes that satori
 * turns into SVG. Rendering it (fonts, satori, sharp) is `og-render.ts`'s job.
 */

/** What an image says: the page's title, what kind of page it is, and for articles the date its facts hold. */
export interface OgCard {
  title: string;
  /** The section or kind of page ("The pushback", "The argument ledger"). */
  eyebrow: string;
  /** "Facts as of 12 June 2025", for articles. */
  date?: string;
}

/** An element as satori reads it: the shape of a React element, without React. */
export interface OgNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (OgNode | string)[] | string };
}

export const ogImageSize = { width: 1200, height: 630 } as const;

/**
 * Colours: slate-900 ground with white, amber-300 and slate-300 text (contrast 17.9, 12.2 and 12.0 to 1), so
 * the image reads in a small preview in either colour scheme.
 */
export const ogColours = {
  ground: '#0f172a',
  title: '#ffffff',
  eyebrow: '#fcd34d',
  footer: '#cbd5e1',
  rule: '#fbbf24',
};

const padding = 72;
const border = 12;
const eyebrowSize = 30;
const footerSize = 28;
const smallLineHeight = 1.3;
/** The space between eyebrow, title and footer. */
const gap = 28;
const lineHeight = 1.15;

const eyebrowLine = Math.ceil(eyebrowSize * smallLineHeight);
const footerLine = Math.ceil(footerSize * smallLineHeight);

/** Where the title may draw: the whole width inside the padding, between the eyebrow and the footer. */
export const titleBox = {
  left: padding,
  top: border + padding + eyebrowLine + gap,
  width: ogImageSize.width - 2 * padding,
  height: ogImageSize.height - 2 * padding - border - eyebrowLine - footerLine - 2 * gap,
} as const;

/** Title sizes tried from largest to smallest; the first at which the title fits its box is used. */
export const titleSizes = [76, 68, 60, 54, 48, 44, 40] as const;

const div = (style: OgNode['props']['style'], children?: OgNode['props']['children']): OgNode => ({
  type: 'div',
  // satori sizes boxes by their content unless told otherwise: with border-box, padding stays inside the image.
  props: {
    style: { display: 'flex', boxSizing: 'border-box', ...style },
    ...(children === undefined ? {} : { children }),
  },
});

/** One line of small text that is cut with an ellipsis rather than wrapped. */
const oneLine = (text: string, style: OgNode['props']['style']) =>
  div({ ...style, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', display: 'block' }, text);

/**
 * The title alone, at a size, in a box as wide as the image's title box: measured on its own (satori lays it out
 * with no height limit) to choose the size, then placed in the image. Past its box it is clamped, never drawn
 * over the footer.
 */
export function titleNode(title: string, size: number, clampToBox = false): OgNode {
  const lines = Math.floor(titleBox.height / (size * lineHeight));
  return div(
    {
      width: titleBox.width,
      fontSize: size,
      fontWeight: 700,
      lineHeight,
      color: ogColours.title,
      letterSpacing: '-0.01em',
      // A word longer than the line (a pasted address) breaks rather than running off the image.
      wordBreak: 'break-word',
      ...(clampToBox ? { maxHeight: titleBox.height, overflow: 'hidden', lineClamp: lines, display: 'block' } : {}),
    },
    title,
  );
}

/** The whole image: a rule and the eyebrow, the title, then the site's title and the date along the foot. */
export function ogImageTree(card: OgCard, siteTitle: string, titleSize: number): OgNode {
  return div(
    {
      width: '100%',
      height: '100%',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding,
      backgroundColor: ogColours.ground,
      fontFamily: 'Inter',
      borderTop: `${border}px solid ${ogColours.rule}`,
    },
    [
      oneLine(card.eyebrow, {
        fontSize: eyebrowSize,
        fontWeight: 700,
        color: ogColours.eyebrow,
        lineHeight: smallLineHeight,
      }),
      div({ flexGrow: 1, alignItems: 'center', paddingTop: gap, paddingBottom: gap }, [
        titleNode(card.title, titleSize, true),
      ]),
      div(
        {
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          fontSize: footerSize,
          color: ogColours.footer,
          lineHeight: smallLineHeight,
        },
        [
          oneLine(siteTitle, { flexShrink: 1, fontWeight: 700 }),
          ...(card.date ? [oneLine(card.date, { flexShrink: 0, marginLeft: 32 })] : []),
        ],
      ),
    ],
  );
}

/**
 * What the image's fonts can draw (fontsource's unicode-range for inter-latin, the subset in src/assets/fonts/): a title with a character outside it would be
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
