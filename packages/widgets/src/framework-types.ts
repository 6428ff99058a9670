/**
 * The element typings that `@openreset/widgets/jsx` (React 19) and `@openreset/widgets/vue`
 * declare for the framework's compiler: each tag, its settable properties and its events.
 * @module
 */
import type { LitElement } from 'lit';
import type { OpenResetEventType } from './events.js';
import type { OpenResetActivity } from './openreset-activity.js';
import type { OpenResetAdmin } from './openreset-admin.js';
import type { OpenResetChange } from './openreset-change.js';
import type { OpenResetLink } from './openreset-link.js';
import type { OpenResetRegister } from './openreset-register.js';
import type { OpenResetReset } from './openreset-reset.js';

/** Every element of the package, by tag. */
export interface OpenResetElements {
  'openreset-reset': OpenResetReset;
  'openreset-link': OpenResetLink;
  'openreset-register': OpenResetRegister;
  'openreset-change': OpenResetChange;
  'openreset-admin': OpenResetAdmin;
  'openreset-activity': OpenResetActivity;
}

/**
 * An element's own public properties (not `LitElement`'s or `HTMLElement`'s, no methods),
 * each optional: what a template may set (`api`, `signInHref`, `client`, ...).
 */
export type ElementProperties<E> = {
  [K in keyof E as K extends keyof LitElement
    ? never
    : E[K] extends (...args: never[]) => unknown
      ? never
      : K]?: E[K];
};

/** A listener of one of the elements' events, typed by its `detail`. */
export type OpenResetListener<T extends OpenResetEventType> = (
  event: HTMLElementEventMap[T],
) => void;
