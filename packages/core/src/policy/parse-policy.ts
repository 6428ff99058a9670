import type { z } from 'zod';
import { InvalidPolicyError, type PolicyIssue } from '../errors.js';
import { type Policy, policySchema } from './policy-schema.js';

/**
 * Validates a tenant policy and fills in every default.
 *
 * @param input - Untrusted policy data, e.g. parsed JSON from an admin form or a file.
 * @returns The complete policy.
 * @throws {InvalidPolicyError} code `invalid_policy`, listing every bad field with its path.
 *
 * @example
 * ```ts
 * const policy = parsePolicy({ gatesRequired: 2, methods: ['email', 'mobileSms'] });
 * policy.password.minLength; // 12
 * ```
 */
export function parsePolicy(input: unknown): Policy {
  const result = policySchema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new InvalidPolicyError(result.error.issues.flatMap(toPolicyIssues));
}

function toPolicyIssues(issue: z.core.$ZodIssue): PolicyIssue[] {
  if (issue.code === 'unrecognized_keys') {
    // One issue per unknown field, at its own path, so a typo is named.
    return issue.keys.map((key) => ({ path: [...issue.path, key].join('.'), code: issue.code }));
  }
  const policyIssue: PolicyIssue = { path: issue.path.map(String).join('.'), code: issue.code };
  if (issue.code === 'too_small') policyIssue.minimum = Number(issue.minimum);
  if (issue.code === 'too_big') policyIssue.maximum = Number(issue.maximum);
  const reason = issue.code === 'custom' ? issue.params?.reason : undefined;
  if (typeof reason === 'string') policyIssue.reason = reason;
  return [policyIssue];
}
