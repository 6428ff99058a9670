import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OpenResetClient } from '../client/create-client.js';
import { clientFor } from './shown-error.js';

/** What a {@link ConfigController} loads through, and where it reports. */
export interface ConfigControllerOptions {
  /** The element's `client` and `api` properties: a change of either loads again. */
  source: () => readonly [OpenResetClient | undefined, string | undefined];
  /** Loads what the element shows first (`GET /config`, and more for some elements). */
  load: (client: OpenResetClient) => Promise<void>;
  /** Shows a load that failed. */
  failed: (error: unknown) => void;
}

/**
 * Loads what a card element shows first: before its first update, and again whenever its
 * `client` or `api` changes; a load still running for an older source is forgotten (its
 * failure is not shown). The element shows its own loading state (no config yet) and its own
 * error, so the load keeps no status. (A `@lit/task` Task did this until it was the largest
 * piece of the reset's first bundle that a few lines replace: 0.55 kB of gzip, issue 18.)
 */
export class ConfigController implements ReactiveController {
  private source: readonly unknown[] = [];
  /** The load of the current source (tests await it); it never rejects. */
  loading: Promise<void> = Promise.resolve();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ConfigControllerOptions,
  ) {
    host.addController(this);
  }

  /** @internal Before each update: loads again when the source changed. */
  hostUpdate(): void {
    const source = this.options.source();
    if (source.length === this.source.length && source.every((x, i) => x === this.source[i])) {
      return;
    }
    this.source = source;
    this.loading = this.load(source);
  }

  private async load(source: readonly [OpenResetClient | undefined, string | undefined]) {
    const client = clientFor(...source);
    if (client === undefined) return;
    try {
      await this.options.load(client);
    } catch (error) {
      if (this.source === source) this.options.failed(error);
    }
  }
}
