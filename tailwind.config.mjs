import typography from '@tailwindcss/typography';

/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,ts,mdx}', './content/**/*.mdx'],
  darkMode: 'media',
  theme: {
    extend: {
      maxWidth: { measure: '68ch' },
    },
  },
  plugins: [typography],
};
