/** The Chromium to launch: `CHROME_PATH`, else Debian's (see chromium.mjs). */
export const CHROMIUM_PATH: string;
/** Its command-line switches. */
export const CHROMIUM_ARGS: readonly string[];
