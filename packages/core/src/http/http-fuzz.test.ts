import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzArbitraries } from './http-fuzz-arbitraries.js';
import { createTestApi, ORIGIN } from './http-test-setup.js';

const RUNS = 10_000;
const BASE = '/api';

describe('fuzzing the handler', () => {
  it(`never answers 500, and every error is JSON with a code (${RUNS} requests)`, async () => {
    const api = createTestApi({
      policy: {
        methods: ['mobileSms', 'mobileVoice', 'email', 'securityQuestions'],
        questions: {
          predefined: ['childhood-best-friend', 'childhood-nickname', 'street-at-age-ten'],
        },
      },
      http: { basePath: BASE, trustProxy: 1, allowedOrigins: ['https://app.example.com'] },
    });
    // Real flow tokens, so that generated bodies reach the flow's states and not only 404.
    const tokens: string[] = [];
    for (const identifier of ['alice', 'erin', 'admin', 'nobody@example.com']) {
      const flow = await api.engine.recovery.start({ identifier });
      tokens.push(flow.flowToken);
    }
    await api.engine.recovery.challenge({
      flowToken: tokens[0] ?? '',
      methodId: 'm1',
      confirm: '+31612345678',
    });

    const { anyRequest, query, headers } = fuzzArbitraries(BASE, tokens);

    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(anyRequest, query, headers, async ([m, p, b], q, h) => {
        const canHaveBody = m.toUpperCase() !== 'GET' && m.toUpperCase() !== 'HEAD';
        const { 'content-length': _, ...rest } = h;
        const request = new Request(`${ORIGIN}${p}${q}`, {
          method: m,
          headers: rest,
          ...(canHaveBody && b !== undefined ? { body: b } : {}),
        });
        const response = await api.handler(request);
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('cache-control')).toBe('no-store');
        if (response.status >= 400) {
          const parsed = JSON.parse(await response.text()) as { error?: { code?: unknown } };
          expect(typeof parsed.error?.code).toBe('string');
        } else {
          await response.arrayBuffer();
        }
      }),
      { numRuns: RUNS },
    );
    // The run reached the services, not only the refusals in front of them.
    expect(seen.get(200) ?? 0).toBeGreaterThan(100);
    expect([...seen.keys()].filter((status) => status >= 400).length).toBeGreaterThan(6);
  }, 120_000);
});
