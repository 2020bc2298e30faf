import typography from '@tailwindcss/typography';

/** @type {import('tailwindcss').Config} */
export default {
  // Only files that write class names: components, layouts, pages and browser scripts (not src/lib, whose words
  // such as "transform" would otherwise become stray utilities).
  content: ['./src/{components,layouts,pages,scripts}/**/*.{astro,ts}', './content/**/*.mdx'],
  darkMode: 'media',
  theme: {
    extend: {
      maxWidth: { measure: '68ch' },
    },
  },
  plugins: [typography],
};
