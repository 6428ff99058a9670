// What <openreset-reset> needs only once the flow is past its first step, loaded then as a
// chunk of its own (`loadLaterSteps` in openreset-reset.ts), so that the bundle a page loads
// first holds the identify step and little more: the views and handlers of the later steps
// (`ResetSteps`) with the new-password fields and their live rules, the passkey ceremony
// (which loads the WebAuthn library, a chunk too), the loader of the predefined questions'
// texts, and the English strings of the later steps (added to the catalog as this chunk loads).

export { ResetSteps } from './reset-steps.js';

import { enResetSteps } from '../i18n/locales/en-reset-steps.js';
import { addEnglish } from '../i18n/localize.js';

addEnglish(enResetSteps);
