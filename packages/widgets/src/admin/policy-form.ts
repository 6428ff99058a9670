// The policy form, generated from the policy's JSON schema: which sections there are, which
// fields each has and what control each field is. Pure functions (no Lit), unit-tested.
import type { JsonSchema, PolicyDraftJson, PolicyIssueJson } from './admin-client.js';

/** The control a schema node is edited with. */
export type FieldKind =
  | 'boolean'
  | 'integer'
  | 'choice'
  | 'choices'
  | 'lines'
  | 'rows'
  | 'color'
  | 'email'
  | 'url'
  | 'text';

/** One field of the form: a leaf of the policy (an array counts as one leaf). */
export interface FieldSpec {
  /** `password.minLength`. */
  path: string;
  kind: FieldKind;
  schema: JsonSchema;
  /** Absent from the schema's `required`: an empty value removes the key. */
  optional: boolean;
}

/** A section of the form: a group of top-level settings, or one top-level object. */
export interface SectionSpec {
  id: string;
  fields: FieldSpec[];
}

/**
 * The section of top-level settings; a top-level object not listed is a section of its own
 * (named by its key), and a scalar not listed lands in `general`, so a setting the schema
 * gains shows up without a change here.
 */
const SECTION_OF: Record<string, string> = {
  enabled: 'methods',
  groups: 'methods',
  gatesRequired: 'methods',
  methods: 'methods',
  mfaAwareRecovery: 'methods',
  adminsRequirePasskey: 'methods',
  useDirectoryMethods: 'methods',
  codeLength: 'methods',
  codeTtlMinutes: 'methods',
  flowTtlMinutes: 'methods',
  detailedErrors: 'methods',
  requireRegistration: 'registration',
  reconfirmDays: 'registration',
  usersSetOfficePhone: 'registration',
  recentAuthMinutes: 'registration',
  unlockEnabled: 'unlock',
  writeback: 'writeback',
  defaultLocale: 'branding',
  registrationReminder: 'registration',
  captcha: 'limits',
};

/** The order sections are shown in; sections not listed follow, in schema order. */
const SECTION_ORDER = [
  'methods',
  'questions',
  'registration',
  'notifications',
  'helpdesk',
  'writeback',
  'unlock',
  'limits',
  'password',
  'branding',
  'general',
];

const COLOR_PATTERN = '^#[0-9a-fA-F]{6}$';

/** The control of a schema node. */
export function kindOf(schema: JsonSchema): FieldKind {
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'integer' || schema.type === 'number') return 'integer';
  if (schema.type === 'array') {
    if (schema.items?.enum !== undefined) return 'choices';
    if (schema.items?.type === 'object') return 'rows';
    return 'lines';
  }
  if (schema.enum !== undefined) return 'choice';
  if (schema.pattern === COLOR_PATTERN) return 'color';
  if (schema.format === 'email') return 'email';
  if (schema.format === 'uri') return 'url';
  return 'text';
}

function fieldsOf(schema: JsonSchema, prefix: string): FieldSpec[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([key, child]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (child.type === 'object' && child.properties !== undefined) return fieldsOf(child, path);
    return [{ path, kind: kindOf(child), schema: child, optional: !required.has(key) }];
  });
}

/** The form's sections and fields, from the policy schema. */
export function sectionsOf(schema: JsonSchema): SectionSpec[] {
  const sections = new Map<string, FieldSpec[]>();
  const add = (id: string, fields: FieldSpec[]) =>
    sections.set(id, [...(sections.get(id) ?? []), ...fields]);
  const required = new Set(schema.required ?? []);
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (child.type === 'object' && child.properties !== undefined) {
      add(SECTION_OF[key] ?? key, fieldsOf(child, key));
    } else {
      add(SECTION_OF[key] ?? 'general', [
        { path: key, kind: kindOf(child), schema: child, optional: !required.has(key) },
      ]);
    }
  }
  const rank = (id: string) => {
    const index = SECTION_ORDER.indexOf(id);
    return index === -1 ? SECTION_ORDER.length : index;
  };
  return [...sections]
    .map(([id, fields]) => ({ id, fields }))
    .sort((a, b) => rank(a.id) - rank(b.id));
}

/** The value at `path` (`a.b.0`) in `value`, or `undefined`. */
export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A copy of `policy` with `value` at `path` (objects on the way are copied, not changed);
 * `undefined` removes the key, so the server fills in its default.
 */
export function withValue(policy: PolicyDraftJson, path: string, value: unknown): PolicyDraftJson {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return policy;
  const copy: PolicyDraftJson = { ...policy };
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = copy[key];
  copy[key] = withValue(
    child !== null && typeof child === 'object' ? (child as PolicyDraftJson) : {},
    rest.join('.'),
    value,
  );
  return copy;
}

/** The fields whose values differ between `before` and `after` (arrays compared whole). */
export function changedFields(
  fields: readonly FieldSpec[],
  before: PolicyDraftJson,
  after: PolicyDraftJson,
): FieldSpec[] {
  return fields.filter(
    (field) =>
      JSON.stringify(valueAt(before, field.path)) !== JSON.stringify(valueAt(after, field.path)),
  );
}

/**
 * The field an issue is about: the field whose path is the issue's path or its longest
 * prefix (`questions.custom.2.text` is about `questions.custom`), else `undefined` (an issue
 * about a whole section or the whole policy).
 */
export function fieldOfIssue(
  fields: readonly FieldSpec[],
  issue: PolicyIssueJson,
): FieldSpec | undefined {
  let best: FieldSpec | undefined;
  for (const field of fields) {
    const matches = issue.path === field.path || issue.path.startsWith(`${field.path}.`);
    if (matches && (best === undefined || field.path.length > best.path.length)) best = field;
  }
  return best;
}

/** The DOM id of a field's control (`f-password-minLength`). */
export const fieldId = (path: string): string => `f-${path.replace(/\./g, '-')}`;

/**
 * The value typed into an integer field: a number, `undefined` when empty (the default
 * applies), or the text itself when it is not a number, so the server names the field
 * (`invalid_type`) instead of the form dropping what was typed.
 */
export function integerOf(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

/** The lines of a one-per-line list, trimmed, empty ones dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
