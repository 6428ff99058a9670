import { ClientError, ClientErrorCode } from '../client/client-error.js';

/**
 * A loader of a lazily imported module (a chunk of its own): it imports once and shares the
 * promise; a failed load is forgotten, so the next call tries again, and throws a
 * {@link ClientError} `network_error`, which the elements show like a call that could not
 * reach the server.
 *
 * @param load The `import()` of the module (a literal path, so that the bundler splits it).
 */
export function lazyModule<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () => {
    loading ??= load().catch((cause: unknown) => {
      loading = undefined;
      throw new ClientError(ClientErrorCode.NetworkError, 0, { cause });
    });
    return loading;
  };
}
