/**
 * Trims the @tailwindcss/typography theme to what this site's long-form text holds. The plugin styles every
 * element Markdown can produce (pre, kbd, figure, blockquote, hr, img, video, h4 …) and ships 18 colour
 * variables three times over; article pages load that stylesheet within a 15.5 KB first-view budget. Given the
 * plugin's own theme and the elements the pages use, this keeps the plugin's rules and values for those
 * elements only, with one colour scale as the default (so no `prose-slate` class is needed) and the colour
 * variables those rules read. Runs in tailwind.config.mjs, so it imports nothing at run time.
 */

/** CSS properties (string values) and nested selectors (objects), as the plugin writes them. */
export interface CssObject {
  [key: string]: string | CssObject;
}

/** The part of the plugin's theme this reads: `DEFAULT`, `invert` and the colour scales, each `{ css }`. */
export type TypographyTheme = Record<string, { css: CssObject | CssObject[] }>;

export interface ProseScope {
  /** Elements the long-form text contains, by tag name: `p`, `a`, `h2`, `table` … */
  elements: readonly string[];
  /** The plugin's colour scale to use as the default (`slate`, `gray` …). */
  colors: string;
}

const asArray = (css: CssObject | CssObject[]) => (Array.isArray(css) ? css : [css]);

/**
 * What a plugin selector needs to match: its element names, `el[attr]` for an attribute condition and `.name`
 * for a class condition (`[class~="lead"]`). Pseudo-classes, pseudo-elements and `*` need nothing.
 * `'ol[type="A" s]'` → `['ol', 'ol[type]']`; `'tbody td, tfoot td'` → `['tbody', 'td', 'tfoot', 'td']`.
 */
export function selectorNeeds(selector: string): string[] {
  const needs: string[] = [];
  const compounds = selector
    // Attribute conditions may hold spaces and quotes: read them before splitting on combinators.
    .replace(/\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*)))?[^\]]*\]/g, (_, name, ...values) =>
      name === 'class' ? `.${values.slice(0, 3).find((v) => v !== undefined)}` : `[${name}]`,
    )
    .replace(/::?[\w-]+(\([^)]*\))?/g, '')
    .split(/[\s,>+~]+/);
  for (const compound of compounds) {
    const element = /^[a-z][a-z0-9]*/i.exec(compound)?.[0];
    if (element) needs.push(element);
    for (const [condition] of compound.matchAll(/\.[\w-]+|\[[\w-]+\]/g))
      needs.push(condition.startsWith('[') ? `${element ?? ''}${condition}` : condition);
  }
  return needs;
}

const isColorVariable = (key: string) => key.startsWith('--tw-prose-');

/** The `--tw-prose-…` variables a set of rules reads, without the `invert-` infix. */
function variablesRead(css: CssObject, found = new Set<string>()): Set<string> {
  for (const value of Object.values(css)) {
    if (typeof value === 'string')
      for (const [, name] of value.matchAll(/var\((--tw-prose-[\w-]+)\)/g)) found.add(name);
    else variablesRead(value, found);
  }
  return found;
}

const keepVariables = (css: CssObject, used: Set<string>): CssObject =>
  Object.fromEntries(Object.entries(css).filter(([key]) => used.has(key.replace('--tw-prose-invert-', '--tw-prose-'))));

/**
 * The plugin's `DEFAULT` and `invert` modifiers, trimmed to `scope`; every other modifier (sizes, colour
 * scales) is dropped, so `prose-lg` or `prose-slate` would do nothing.
 */
export function trimTypography(theme: TypographyTheme, scope: ProseScope): TypographyTheme {
  const allowed = new Set(scope.elements);
  // A property stays; a rule stays with the selectors of its list whose every need is allowed.
  const trimRule = ([key, value]: [string, string | CssObject]): [string, string | CssObject][] => {
    if (typeof value === 'string') return [[key, value]];
    const kept = key.split(',').filter((selector) => selectorNeeds(selector).every((need) => allowed.has(need)));
    return kept.length ? [[kept.map((selector) => selector.trim()).join(', '), value]] : [];
  };

  const colors = theme[scope.colors];
  if (!colors || !theme.DEFAULT || !theme.invert)
    throw new Error(`The typography theme has no "${scope.colors}" colours`);
  // The default colour scale is the one object of the DEFAULT list made only of colour variables.
  const rules = asArray(theme.DEFAULT.css)
    .filter((css) => !Object.keys(css).every(isColorVariable))
    .map((css) => Object.fromEntries(Object.entries(css).flatMap(trimRule)));
  const used = new Set<string>();
  for (const css of rules) variablesRead(css, used);

  return {
    DEFAULT: {
      css: [rules[0] ?? {}, ...asArray(colors.css).map((css) => keepVariables(css, used)), ...rules.slice(1)],
    },
    invert: { css: asArray(theme.invert.css).map((css) => keepVariables(css, used)) },
  };
}
