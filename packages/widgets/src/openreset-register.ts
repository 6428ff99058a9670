/**
 * `@openreset/widgets/openreset-register`: defines `<openreset-register>` (importing this
 * module registers the element).
 * @module
 */
import { OpenResetRegister } from './register/openreset-register.js';

if (!customElements.get('openreset-register')) {
  customElements.define('openreset-register', OpenResetRegister);
}

export { OpenResetRegister };
