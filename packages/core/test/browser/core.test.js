// Proves "core imports nothing from node: and runs in a browser": this file runs in
// Chromium against the built package (dist/), the files npm publishes.
// `describe` and `it` are mocha globals provided by the web test runner.
import {
  checkPassword,
  createOpenReset,
  createPbkdf2Hasher,
  parsePolicy,
} from '../../dist/index.js';
import { createMemoryStorage } from '../../dist/memory.js';
import { createTestEngine } from '../../dist/testing.js';

/**
 * @param {unknown} condition
 * @param {string} message
 */
function assert(condition, message) {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

describe('@openreset/core in a browser', () => {
  it('runs without a Node process shim', () => {
    assert(globalThis.process === undefined, 'globalThis.process is undefined');
    assert(typeof window === 'object', 'this is a browser window');
  });

  it('exports its factories from the built entry points', () => {
    assert(typeof createOpenReset === 'function', 'createOpenReset is a function');
    assert(typeof createMemoryStorage === 'function', 'createMemoryStorage is a function');
  });

  it('parses an empty policy into the defaults', () => {
    const policy = parsePolicy({});
    assert(typeof policy === 'object' && policy !== null, 'parsePolicy returns an object');
    assert(policy.gatesRequired === 1, 'gatesRequired defaults to 1');
  });

  it('rejects a common password and accepts a long random passphrase', async () => {
    const policy = parsePolicy({});
    const weak = await checkPassword('password1234', {}, policy);
    assert(weak.ok === false, "'password1234' is rejected");
    const strong = await checkPassword('violet-harbour-quantum-7-teapots', {}, policy);
    assert(strong.ok === true, 'a long random passphrase is accepted');
  });

  it('runs the engine: Web Crypto hashing, policy administration and audit', async () => {
    const hasher = createPbkdf2Hasher({ iterations: 1000 });
    const hash = await hasher.hash('correct horse battery staple');
    assert(await hasher.verify(hash, 'correct horse battery staple'), 'the hash verifies');
    assert(!(await hasher.verify(hash, 'wrong horse battery staple')), 'a wrong secret fails');

    const { engine } = createTestEngine({ users: [], hasher });
    await engine.admin.updatePolicy({ password: { minLength: 20 } }, { kind: 'admin', id: 'a1' });
    const result = await engine.checkPassword('nineteen characters', {});
    assert(result.issues[0]?.code === 'too_short', 'the saved policy applies');
    const { events } = await engine.audit.query({ tenantId: 'default', limit: 5 });
    assert(events[0]?.type === 'policy.changed', 'the change is audited');
  });
});
