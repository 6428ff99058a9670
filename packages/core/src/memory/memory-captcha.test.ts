import { describe, expect, it } from 'vitest';
import { createMemoryCaptcha } from './memory-captcha.js';

describe('createMemoryCaptcha', () => {
  it('accepts each valid token once', async () => {
    const captcha = createMemoryCaptcha(['token-1', 'token-2']);
    expect(await captcha.verify('token-1', {})).toBe(true);
    expect(await captcha.verify('token-1', {})).toBe(false);
    expect(await captcha.verify('token-2', { ip: '192.0.2.1' })).toBe(true);
  });

  it('refuses unknown and empty tokens', async () => {
    const captcha = createMemoryCaptcha(['token-1', '']);
    expect(await captcha.verify('token-9', {})).toBe(false);
    expect(await captcha.verify('', {})).toBe(false);
  });
});
