/**
 * `@openreset/widgets/openreset-reset`: defines `<openreset-reset>` (importing this module
 * registers the element).
 * @module
 */
import { OpenResetReset } from './reset/openreset-reset.js';

if (!customElements.get('openreset-reset'))
  customElements.define('openreset-reset', OpenResetReset);

export { OpenResetReset };
