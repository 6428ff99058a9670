// The English catalog is the reference: its keys are the keys every other catalog must have
// (the `Catalog` type and catalogs.test.ts check it). `{name}` marks a parameter;
// `{name, plural, one {# thing} other {# things}}` a number's plural (`formatMessage`).

import { enAccount } from './en-account.js';
import { enFirst } from './en-first.js';
import { enResetSteps } from './en-reset-steps.js';

/**
 * English, whole. The elements do not import it whole: each starts with {@link enFirst} and adds
 * the parts it shows (the reset's later steps with their chunk), so a page loads only those.
 */
// A call marked pure, so that a bundle which does not read `en` leaves the parts out too.
export const en = /* @__PURE__ */ Object.assign({}, enFirst, enResetSteps, enAccount);

/** The keys every catalog has. */
export type MessageKey = keyof typeof en;

/** A complete catalog: a string for every key of the English one. */
export type Catalog = { readonly [K in MessageKey]: string };
