/**
 * `@openreset/widgets/openreset-activity`: defines `<openreset-activity>` (importing this
 * module registers the element) and exports the admin client. Never imported by the reset
 * bundle.
 * @module
 */
import { OpenResetActivity } from './activity/openreset-activity.js';

if (!customElements.get('openreset-activity')) {
  customElements.define('openreset-activity', OpenResetActivity);
}

declare global {
  interface HTMLElementTagNameMap {
    'openreset-activity': OpenResetActivity;
  }
}

export type { ActivityView } from './activity/openreset-activity.js';
export type { ActivityQuery, ActivityReport, AdminClient } from './admin/admin-client.js';
export { createAdminClient } from './admin/admin-client.js';
export type { ConsoleElement } from './admin/console-element.js';
export { OpenResetActivity };
