/**
 * `@openreset/widgets/openreset-change`: defines `<openreset-change>` (importing this module
 * registers the element).
 * @module
 */
import { OpenResetChange } from './change/openreset-change.js';

if (!customElements.get('openreset-change')) {
  customElements.define('openreset-change', OpenResetChange);
}

export { OpenResetChange };
