/**
 * The elements the typography styles (`.prose`) are generated for: what Markdown and the <Cite>/<Term>
 * components produce in the articles, and what the About page writes (its h1 sits outside `.prose`, styled as an
 * article's). A build test reads every page and fails,
 * naming the element and the page, when `.prose` holds an element missing here; add it and the plugin's
 * styles for it come back.
 */
export const proseElements = [
  // The first <Term> of each glossary entry: a button and the popover it opens, styled by prose.css (decision
  // 0008), not by the typography plugin, which has no rules for them.
  'button',
  'span',
  'p',
  'a',
  'strong',
  'em',
  'code',
  'sup',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

/** The plugin's colour scale the text uses, light and dark (`dark:prose-invert`). */
export const proseColors = 'slate';
