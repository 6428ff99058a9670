// Shared by the contacts and recovery tests only (not exported from the package).

import type { AccountContacts } from './account-contacts.js';

/** An account with no way to prove it: no phones, addresses, answers, passkeys or apps. */
export const NO_CONTACTS: AccountContacts = Object.freeze({
  mobile: [],
  office: [],
  email: [],
  answers: new Map(),
  passkeys: [],
  authenticators: [],
});
