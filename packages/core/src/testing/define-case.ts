import type { ConformanceCase } from './conformance-case.js';
import { ConformanceError } from './conformance-error.js';

/**
 * A case whose `run` rejects only with a {@link ConformanceError}: a failed check passes
 * through, and anything else the implementation throws is wrapped (kept as `cause`), so a
 * runner can tell contract failures from crashes of the suite itself.
 */
export function defineCase(name: string, body: () => Promise<void>): ConformanceCase {
  return {
    name,
    run: async () => {
      try {
        await body();
      } catch (error) {
        if (error instanceof ConformanceError) throw error;
        const thrown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        throw new ConformanceError(`unexpected error from the implementation: ${thrown}`, {
          cause: error,
        });
      }
    },
  };
}
