// `cem analyze` reads this (rollup.config.mjs runs it after the widgets build):
// custom-elements.json from the element classes' JSDoc, written to dist/.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
};
