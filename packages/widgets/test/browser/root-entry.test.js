// `import '@openreset/widgets'` in a plain browser (no bundler; the test runner resolves bare
// imports as an import map would): importing the root entry defines every element the
// shipped manifest declares. The bundler case is packages/widgets/src/package-entry.test.ts.
// No helpers.js here: it imports the root entry itself.

it('the root entry defines every element of the manifest', async () => {
  const manifestUrl = new URL('../../dist/custom-elements.json', import.meta.url);
  const manifest = await (await fetch(manifestUrl)).json();
  const tags = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []))
    .sort();
  if (!tags.includes('openreset-reset')) throw new Error(`manifest tags: ${tags}`);
  const before = tags.filter((tag) => customElements.get(tag) !== undefined);
  if (before.length > 0) throw new Error(`defined before the import: ${before}`);
  await import('../../dist/index.js');
  const missing = tags.filter((tag) => customElements.get(tag) === undefined);
  if (missing.length > 0) throw new Error(`not defined by the root entry: ${missing}`);
});
