import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
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
 * Loads what a card element shows first, as a `@lit/task` Task: again whenever its `client`
 * or `api` changes, a load still running for an older source being ignored when it ends
 * (its failure is not shown). `task.status` says whether it is pending, done or failed.
 */
export class ConfigController {
  /** The load, with its status (`TaskStatus`). */
  readonly task: Task<readonly [OpenResetClient | undefined, string | undefined], void>;

  constructor(host: ReactiveControllerHost, options: ConfigControllerOptions) {
    this.task = new Task(host, {
      args: options.source,
      task: async ([client, api], { signal }) => {
        const resolved = clientFor(client, api);
        if (resolved === undefined) return;
        try {
          await options.load(resolved);
        } catch (error) {
          if (!signal.aborted) options.failed(error);
        }
      },
    });
  }
}
