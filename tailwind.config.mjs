import typography from '@tailwindcss/typography';
import typographyTheme from '@tailwindcss/typography/src/styles.js';
import { proseColors, proseElements } from './src/config/prose.ts';
import { trimTypography } from './src/lib/prose-styles.ts';

/** @type {import('tailwindcss').Config} */
export default {
  // Only files that write class names: components, layouts, pages and browser scripts (not src/lib, whose words
  // such as "transform" would otherwise become stray utilities).
  content: ['./src/{components,layouts,pages,scripts}/**/*.{astro,ts}', './content/**/*.mdx'],
  darkMode: 'media',
  // Words in code, not class names: `rows.filter(…)` in the scripts, "table of contents" in a comment.
  blocklist: ['filter', 'contents'],
  // Tailwind's --tw-* defaults go on the few utilities that read them instead of on every element, twice
  // (*, ::before, ::after and ::backdrop): 0.24 KB gzip off every page (decision 0007).
  experimental: { optimizeUniversalDefaults: true },
  theme: {
    extend: {
      maxWidth: { measure: '68ch' },
    },
    // The plugin's own styles for the elements the text holds, nothing else (decision 0007).
    typography: trimTypography(typographyTheme, { elements: proseElements, colors: proseColors }),
  },
  plugins: [typography],
};
