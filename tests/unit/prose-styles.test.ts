import typographyTheme from '@tailwindcss/typography/src/styles.js';
import { describe, expect, it } from 'vitest';
import { proseColors, proseElements } from '../../src/config/prose';
import { selectorNeeds, trimTypography, type CssObject } from '../../src/lib/prose-styles';

const asArray = (css: CssObject | CssObject[]) => (Array.isArray(css) ? css : [css]);
/** All rules of a modifier merged the way the plugin merges them, selector → properties. */
const rulesOf = (css: CssObject | CssObject[]) => {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of asArray(css))
    for (const [key, value] of Object.entries(part))
      if (typeof value !== 'string') merged[key] = { ...merged[key], ...value };
  return merged;
};
const propertiesOf = (css: CssObject | CssObject[]) =>
  Object.assign(
    {},
    ...asArray(css).map((part) => Object.fromEntries(Object.entries(part).filter(([, v]) => typeof v === 'string'))),
  );

describe('selectorNeeds', () => {
  it.each([
    ['p', ['p']],
    ['thead th strong', ['thead', 'th', 'strong']],
    ['tbody td, tfoot td', ['tbody', 'td', 'tfoot', 'td']],
    ['ol[type="A" s]', ['ol', 'ol[type]']],
    ['[class~="lead"]', ['.lead']],
    ['> ul > li > p:first-child', ['ul', 'li', 'p']],
    ['blockquote p:first-of-type::before', ['blockquote', 'p']],
    ['figure > *', ['figure']],
    ['h2 + *', ['h2']],
    ['> :first-child', []],
  ])('%s needs %j', (selector, needs) => {
    expect(selectorNeeds(selector)).toEqual(needs);
  });
});

describe('trimTypography', () => {
  const trimmed = trimTypography(typographyTheme, { elements: proseElements, colors: proseColors });
  const kept = rulesOf(trimmed.DEFAULT.css);
  const original = rulesOf(typographyTheme.DEFAULT.css);

  it('keeps only rules whose every element is one the text holds', () => {
    const allowed = new Set<string>(proseElements);
    for (const selector of Object.keys(kept))
      for (const branch of selector.split(','))
        expect(selectorNeeds(branch).filter((n) => !allowed.has(n))).toEqual([]);
    for (const gone of ['pre', 'kbd', 'figure', 'figcaption', 'blockquote', 'hr', 'img', 'video', 'h4', 'tfoot'])
      expect(Object.keys(kept).filter((s) => selectorNeeds(s).includes(gone))).toEqual([]);
  });

  it("keeps the plugin's own values for the rules it keeps", () => {
    for (const selector of ['p', 'a', 'h2', 'h3', 'ul', 'li', 'table', 'thead th', 'tbody tr', '> :first-child'])
      expect(kept[selector], selector).toEqual(original[selector]);
    expect(propertiesOf(trimmed.DEFAULT.css)).toMatchObject({ fontSize: '1rem', lineHeight: '1.75', maxWidth: '65ch' });
  });

  it('keeps the allowed selectors of a selector list', () => {
    expect(kept['tbody td']).toMatchObject(original['tbody td, tfoot td']!);
    expect(kept['tbody td']).toMatchObject(original['tbody td']!);
    expect(Object.keys(kept)).not.toContain('tbody td, tfoot td');
  });

  it('drops attribute and class variants nothing in the text carries', () => {
    expect(Object.keys(kept).filter((s) => s.includes('['))).toEqual([]);
  });

  it('takes its colours from the chosen scale and defines exactly the variables its rules read', () => {
    // Every var() in the trimmed rules and properties (the definitions themselves are keys, not var()).
    const read = new Set(
      [...JSON.stringify(trimmed.DEFAULT.css).matchAll(/var\((--tw-prose-[\w-]+)\)/g)].map((m) => m[1]!),
    );
    const scale = propertiesOf(typographyTheme[proseColors]!.css);
    const defaults = propertiesOf(trimmed.DEFAULT.css);
    const variables = Object.keys(defaults).filter((k) => k.startsWith('--tw-prose-'));
    expect(variables.sort()).toEqual(
      [...read].flatMap((name) => [name, name.replace('--tw-prose-', '--tw-prose-invert-')]).sort(),
    );
    for (const name of variables) expect(defaults[name], name).toBe(scale[name]);
    expect(Object.keys(propertiesOf(trimmed.invert.css)).sort()).toEqual([...read].sort());
  });

  it('leaves out every other modifier and refuses an unknown colour scale', () => {
    expect(Object.keys(trimmed)).toEqual(['DEFAULT', 'invert']);
    expect(() => trimTypography(typographyTheme, { elements: ['p'], colors: 'plaid' })).toThrow('"plaid"');
  });
});
