import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './admin-client.js';
import {
  changedFields,
  fieldId,
  fieldOfIssue,
  integerOf,
  kindOf,
  linesOf,
  sectionsOf,
  valueAt,
  withValue,
} from './policy-form.js';

const schema: JsonSchema = {
  type: 'object',
  required: ['enabled', 'codeLength', 'password', 'helpdesk', 'brandNew'],
  properties: {
    enabled: { type: 'string', enum: ['none', 'all'] },
    codeLength: { type: 'integer', minimum: 6, maximum: 8 },
    brandNew: { type: 'boolean' },
    password: {
      type: 'object',
      required: ['minLength', 'banned'],
      properties: {
        minLength: { type: 'integer' },
        banned: { type: 'array', items: { type: 'string' } },
      },
    },
    helpdesk: {
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email' },
        custom: {
          type: 'array',
          items: { type: 'object', properties: { id: { type: 'string' } } },
        },
      },
    },
  },
};

describe('sectionsOf', () => {
  it('groups scalars by the known sections, objects as their own, unknown settings in general', () => {
    const sections = sectionsOf(schema);
    expect(sections.map((section) => section.id)).toEqual([
      'methods',
      'helpdesk',
      'password',
      'general',
    ]);
    expect(sections[0]?.fields.map((field) => field.path)).toEqual(['enabled', 'codeLength']);
    expect(sections[2]?.fields.map((field) => field.path)).toEqual([
      'password.minLength',
      'password.banned',
    ]);
    expect(sections[3]?.fields.map((field) => field.path)).toEqual(['brandNew']);
  });

  it('marks the fields the schema does not require as optional', () => {
    const helpdesk = sectionsOf(schema).find((section) => section.id === 'helpdesk');
    expect(helpdesk?.fields.map((field) => [field.path, field.optional])).toEqual([
      ['helpdesk.email', true],
      ['helpdesk.custom', true],
    ]);
  });
});

describe('kindOf', () => {
  it('picks the control from the schema node', () => {
    expect(kindOf({ type: 'boolean' })).toBe('boolean');
    expect(kindOf({ type: 'integer' })).toBe('integer');
    expect(kindOf({ type: 'string', enum: ['a'] })).toBe('choice');
    expect(kindOf({ type: 'array', items: { type: 'string', enum: ['a'] } })).toBe('choices');
    expect(kindOf({ type: 'array', items: { type: 'object' } })).toBe('rows');
    expect(kindOf({ type: 'array', items: { type: 'string' } })).toBe('lines');
    expect(kindOf({ type: 'string', pattern: '^#[0-9a-fA-F]{6}$' })).toBe('color');
    expect(kindOf({ type: 'string', format: 'email' })).toBe('email');
    expect(kindOf({ type: 'string', format: 'uri' })).toBe('url');
    expect(kindOf({ type: 'string' })).toBe('text');
  });
});

describe('values by path', () => {
  it('reads and writes nested values without changing the original', () => {
    const policy = { password: { minLength: 12, banned: [] }, codeLength: 6 };
    const changed = withValue(policy, 'password.minLength', 14);
    expect(valueAt(changed, 'password.minLength')).toBe(14);
    expect(valueAt(policy, 'password.minLength')).toBe(12);
    expect(valueAt(changed, 'codeLength')).toBe(6);
    expect(valueAt(changed, 'nope.deeper')).toBeUndefined();
  });

  it('removes a key set to undefined, so the server default applies', () => {
    const policy = { helpdesk: { email: 'help@example.com' } };
    expect(withValue(policy, 'helpdesk.email', undefined)).toEqual({ helpdesk: {} });
  });

  it('creates the objects on the way', () => {
    expect(withValue({}, 'branding.orgName', 'Acme')).toEqual({ branding: { orgName: 'Acme' } });
  });
});

describe('changedFields', () => {
  it('lists the fields whose values differ, arrays compared whole', () => {
    const fields = sectionsOf(schema).flatMap((section) => section.fields);
    const before = { codeLength: 6, password: { minLength: 12, banned: ['acme'] } };
    const after = { codeLength: 6, password: { minLength: 12, banned: ['acme', 'corp'] } };
    expect(changedFields(fields, before, after).map((field) => field.path)).toEqual([
      'password.banned',
    ]);
    expect(changedFields(fields, before, before)).toEqual([]);
  });
});

describe('fieldOfIssue', () => {
  const fields = sectionsOf(schema).flatMap((section) => section.fields);
  it('finds the field of an issue, or of the row inside it', () => {
    expect(fieldOfIssue(fields, { path: 'codeLength', code: 'too_big' })?.path).toBe('codeLength');
    expect(fieldOfIssue(fields, { path: 'helpdesk.custom.2.id', code: 'x' })?.path).toBe(
      'helpdesk.custom',
    );
  });

  it('finds none for an issue about a section or a prefix that is not a path segment', () => {
    expect(fieldOfIssue(fields, { path: 'password', code: 'x' })).toBeUndefined();
    expect(fieldOfIssue(fields, { path: 'codeLengthy', code: 'x' })).toBeUndefined();
    expect(fieldOfIssue(fields, { path: '', code: 'x' })).toBeUndefined();
  });
});

describe('typed values', () => {
  it('reads integers, keeps what is not a number, and leaves an empty field to the default', () => {
    expect(integerOf(' 12 ')).toBe(12);
    expect(integerOf('')).toBeUndefined();
    expect(integerOf('twelve')).toBe('twelve');
  });

  it('reads one item per line', () => {
    expect(linesOf(' a \n\n b\n')).toEqual(['a', 'b']);
  });

  it('makes DOM ids from paths', () => {
    expect(fieldId('password.minLength')).toBe('f-password-minLength');
  });
});
