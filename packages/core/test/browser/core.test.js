// Proves "core imports nothing from node: and runs in a browser": this file runs in
// Chromium against the built package (dist/), the files npm publishes.
// `describe` and `it` are mocha globals provided by the web test runner.
import { checkPassword, createOpenReset, parsePolicy } from '../../dist/index.js';
import { createMemoryStorage } from '../../dist/memory.js';

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
});
