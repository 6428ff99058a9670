import { describe, expect, it } from 'vitest';
import { isClientError } from '../client/client-error.js';
import { lazyModule } from './lazy-module.js';

describe('lazyModule', () => {
  it('imports once and shares the promise', async () => {
    let imports = 0;
    const load = lazyModule(async () => {
      imports += 1;
      return { value: imports };
    });
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(await load()).toBe(first);
    expect(imports).toBe(1);
  });

  it('throws network_error for a failed load and tries again on the next call', async () => {
    let imports = 0;
    const load = lazyModule(async () => {
      imports += 1;
      if (imports === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { value: imports };
    });
    const failure = await load().catch((error: unknown) => error);
    expect(isClientError(failure) && failure.code).toBe('network_error');
    expect(isClientError(failure) && failure.status).toBe(0);
    expect(await load()).toEqual({ value: 2 });
    expect(imports).toBe(2);
  });
});
