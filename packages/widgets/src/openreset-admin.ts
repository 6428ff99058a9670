/**
 * `@openreset/widgets/openreset-admin`: defines `<openreset-admin>` (importing this module
 * registers the element) and exports the admin client. Never imported by the reset bundle.
 * @module
 */
import { OpenResetAdmin } from './admin/openreset-admin.js';

if (!customElements.get('openreset-admin')) {
  customElements.define('openreset-admin', OpenResetAdmin);
}

declare global {
  interface HTMLElementTagNameMap {
    'openreset-admin': OpenResetAdmin;
  }
}

export type {
  ActivityQuery,
  ActivityReport,
  AdminClient,
  AdminUserJson,
  DirectoryHealthJson,
  PolicyDraftJson,
  PolicyIssueJson,
  PolicyJson,
  PolicyStateJson,
} from './admin/admin-client.js';
export { createAdminClient } from './admin/admin-client.js';
export type { ConsoleElement } from './admin/console-element.js';
export { OpenResetAdmin };
