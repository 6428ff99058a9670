/**
 * `@openreset/widgets/openreset-link`: defines `<openreset-link>` and the
 * `<openreset-reset>` it opens (importing this module registers both).
 * @module
 */
import { OpenResetLink } from './link/openreset-link.js';
import { OpenResetReset } from './openreset-reset.js';

if (!customElements.get('openreset-link')) customElements.define('openreset-link', OpenResetLink);

export { OpenResetLink, OpenResetReset };
