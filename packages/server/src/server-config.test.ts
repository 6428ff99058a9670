import { describe, expect, it } from 'vitest';
import { readServerConfig } from './server-config.js';

const base = {
  OPENRESET_KEYS: `k1:${'s'.repeat(32)}`,
  OPENRESET_SMTP_URL: 'smtp://mail.example.com:587',
};

/** The issues readServerConfig reports for `env`, as `VARIABLE: message` lines. */
function issuesOf(env: Record<string, string>): string[] {
  try {
    readServerConfig(env);
    return [];
  } catch (error) {
    const { code, issues } = error as { code?: string; issues?: { variable: string }[] };
    expect(code).toBe('invalid_config');
    return (issues ?? []).map((issue) => issue.variable);
  }
}

describe('readServerConfig: OPENRESET_MAIL_FROM', () => {
  it.each(['it@example.com', 'Example IT <it@example.com>', 'OpenReset <no-reply@localhost>'])(
    'takes %j as the sender',
    (from) => {
      expect(readServerConfig({ ...base, OPENRESET_MAIL_FROM: from }).smtp?.from).toBe(from);
    },
  );

  it.each([
    'Example IT it@example.com',
    'Example IT <it@example.com',
    'Example <IT> <it@example.com>',
    '<it@exa mple.com>',
    'it@',
  ])('refuses %j, naming the variable', (from) => {
    expect(issuesOf({ ...base, OPENRESET_MAIL_FROM: from })).toEqual(['OPENRESET_MAIL_FROM']);
  });
});

describe('readServerConfig: the public origin', () => {
  it('defaults to localhost on the port; with PORT=0, http://localhost:0 (startServer puts the bound port in)', () => {
    const keys = { OPENRESET_KEYS: base.OPENRESET_KEYS };
    expect(readServerConfig({ ...keys, PORT: '4100' }).publicOrigin).toBe('http://localhost:4100');
    expect(readServerConfig({ ...keys, PORT: '0' }).publicOrigin).toBe('http://localhost:0');
  });
});
