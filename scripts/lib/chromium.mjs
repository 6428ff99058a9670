// How every test that drives Chromium launches it (the widgets' browser tests, the demo's
// end-to-end test, the framework recipes): Debian's Chromium unless CHROME_PATH names another,
// headless, with what a container needs and nothing that phones home.

/** The Chromium to launch: `CHROME_PATH`, else Debian's. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Its command-line switches. */
export const CHROMIUM_ARGS = Object.freeze([
  // No user namespaces in CI containers; /dev/shm is small there.
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]);
