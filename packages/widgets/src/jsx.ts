/**
 * `@openreset/widgets/jsx`: React 19 JSX typings for the elements, used as plain tags (React
 * 19 sets a custom element's known properties as properties and adds `on<event-name>` props
 * as event listeners). Types only: import it once, for its types, next to the elements.
 *
 * ```tsx
 * import type {} from '@openreset/widgets/jsx';
 * import '@openreset/widgets'; // in the browser only, e.g. in a useEffect
 *
 * <openreset-reset api="/api/openreset" signInHref="/login"
 *   onopenreset-success={(event) => router.push('/login')} />
 * ```
 *
 * Properties are typed from each element class, events (`onopenreset-step`,
 * `onopenreset-success`, `onopenreset-error`, `onopenreset-cancel`,
 * `onopenreset-before-submit`, `onopenreset-interrupt-done`) by their `detail`. With React
 * 18, use the components of `@openreset/widgets/react` instead.
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OpenResetEventType } from './events.js';
import type { ElementProperties, OpenResetElements, OpenResetListener } from './framework-types.js';

/** The `on<event-name>` props, typed by each event's `detail`. */
type EventProps = { [T in OpenResetEventType as `on${T}`]?: OpenResetListener<T> };

/** The JSX props of each element: React's HTML attributes, its properties and its events. */
export type OpenResetIntrinsicElements = {
  [Tag in keyof OpenResetElements]: DetailedHTMLProps<
    HTMLAttributes<OpenResetElements[Tag]>,
    OpenResetElements[Tag]
  > &
    ElementProperties<OpenResetElements[Tag]> &
    EventProps;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends OpenResetIntrinsicElements {}
  }
}
