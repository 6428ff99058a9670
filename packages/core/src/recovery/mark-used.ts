import type { RegisteredMethod, Storage } from '../ports/storage.js';
import { fail } from './recovery-error.js';

/**
 * Records on a registered method that it passed a gate (`lastUsedAt`, a passkey's new
 * counter), compare-and-set on the registration, retried when a concurrent save won. A
 * method removed meanwhile is left alone.
 */
export async function markUsed(
  storage: Storage,
  target: { tenantId: string; userId: string; methodId: string },
  change: Partial<Pick<RegisteredMethod, 'credential' | 'lastUsedAt'>>,
  now: Date,
): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await storage.registrations.get(target.tenantId, target.userId);
    if (current === null || !current.methods.some((method) => method.id === target.methodId)) {
      return;
    }
    const next = {
      ...current,
      revision: current.revision + 1,
      methods: current.methods.map((method) =>
        method.id === target.methodId ? { ...method, ...change } : method,
      ),
      updatedAt: now,
    };
    if (await storage.registrations.save(next, current.revision)) return;
  }
  fail('conflict', 'The registration changed meanwhile; try again');
}
