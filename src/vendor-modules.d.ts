/** The typography plugin's default theme: a CommonJS file of its package without types of its own. */
declare module '@tailwindcss/typography/src/styles.js' {
  const theme: import('./lib/prose-styles').TypographyTheme;
  export default theme;
}
