// What <openreset-reset> needs only once the flow is past its first step, loaded then as a
// chunk of its own (`loadLaterSteps` in openreset-reset.ts), so that the bundle a page loads
// first holds the identify step and little more: the new-password fields with their live
// rules, and the passkey ceremony (which loads the WebAuthn library, a chunk too).
export { authenticateWithPasskey, loadWebAuthn } from '../passkeys/passkey-ceremony.js';
export { NewPasswordController } from '../shared/new-password-controller.js';
