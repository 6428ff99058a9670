/**
 * `@openreset/widgets/react`: every element as a React component, made by `@lit/react`
 * (properties set as properties, not attributes; the elements' events as `on*` props).
 * Importing this module registers the elements. React is a peer dependency (18 or 19).
 *
 * ```tsx
 * import { OpenResetReset } from '@openreset/widgets/react';
 *
 * <OpenResetReset api="/api" onSuccess={(event) => router.push('/signin')} />
 * ```
 *
 * Events (the same on every element; see `HTMLElementEventMap` for their `detail`):
 * `onStep`, `onSuccess`, `onError`, `onCancel`, `onBeforeSubmit` (cancelable) and
 * `onInterruptDone`.
 * @module
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { OpenResetActivity as ActivityElement } from './openreset-activity.js';
import { OpenResetAdmin as AdminElement } from './openreset-admin.js';
import { OpenResetChange as ChangeElement } from './openreset-change.js';
import { OpenResetLink as LinkElement } from './openreset-link.js';
import { OpenResetRegister as RegisterElement } from './openreset-register.js';
import { OpenResetReset as ResetElement } from './openreset-reset.js';

/** The `on*` props of every component, typed by the events' `detail`. */
const events = {
  onStep: 'openreset-step' as EventName<HTMLElementEventMap['openreset-step']>,
  onSuccess: 'openreset-success' as EventName<HTMLElementEventMap['openreset-success']>,
  onError: 'openreset-error' as EventName<HTMLElementEventMap['openreset-error']>,
  onCancel: 'openreset-cancel' as EventName<HTMLElementEventMap['openreset-cancel']>,
  onBeforeSubmit: 'openreset-before-submit' as EventName<
    HTMLElementEventMap['openreset-before-submit']
  >,
  onInterruptDone: 'openreset-interrupt-done' as EventName<
    HTMLElementEventMap['openreset-interrupt-done']
  >,
};

/** `<openreset-reset>` as a React component. */
export const OpenResetReset = createComponent({
  tagName: 'openreset-reset',
  elementClass: ResetElement,
  react: React,
  events,
  displayName: 'OpenResetReset',
});

/** `<openreset-link>` as a React component. */
export const OpenResetLink = createComponent({
  tagName: 'openreset-link',
  elementClass: LinkElement,
  react: React,
  events,
  displayName: 'OpenResetLink',
});

/** `<openreset-register>` as a React component. */
export const OpenResetRegister = createComponent({
  tagName: 'openreset-register',
  elementClass: RegisterElement,
  react: React,
  events,
  displayName: 'OpenResetRegister',
});

/** `<openreset-change>` as a React component. */
export const OpenResetChange = createComponent({
  tagName: 'openreset-change',
  elementClass: ChangeElement,
  react: React,
  events,
  displayName: 'OpenResetChange',
});

/** `<openreset-admin>` as a React component. */
export const OpenResetAdmin = createComponent({
  tagName: 'openreset-admin',
  elementClass: AdminElement,
  react: React,
  events,
  displayName: 'OpenResetAdmin',
});

/** `<openreset-activity>` as a React component. */
export const OpenResetActivity = createComponent({
  tagName: 'openreset-activity',
  elementClass: ActivityElement,
  react: React,
  events,
  displayName: 'OpenResetActivity',
});
