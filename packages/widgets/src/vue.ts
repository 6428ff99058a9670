/**
 * `@openreset/widgets/vue`: the elements in Vue's `GlobalComponents`, so that vue-tsc and the
 * Vue language tools check their props in templates. Types only: import it once, for its
 * types (e.g. in `env.d.ts`), and tell Vue's compiler the tags are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('openreset-')`).
 *
 * ```ts
 * import type {} from '@openreset/widgets/vue';
 * ```
 *
 * ```vue
 * <openreset-reset api="/api/openreset" sign-in-href="/login" @openreset-success="done" />
 * ```
 * @module
 */
import type { DefineComponent } from 'vue';
import type { ElementProperties, OpenResetElements } from './framework-types.js';

/** Each element as a component whose props are its properties. */
export type OpenResetGlobalComponents = {
  [Tag in keyof OpenResetElements]: DefineComponent<ElementProperties<OpenResetElements[Tag]>>;
};

declare module 'vue' {
  interface GlobalComponents extends OpenResetGlobalComponents {}
}
