import type { DirectoryContact, DirectoryUser } from '@openreset/core';
import { z } from 'zod';

/**
 * An account to create: a {@link DirectoryUser} of which only `username` is required (no
 * groups, every flag false and no contact unless given), with its first password. No
 * `passwordExpiresAt`: the SQL directory enforces no expiry of its own (the policy's
 * `password.maxAgeDays` applies).
 */
export interface SqlDirectoryUserInput
  extends Pick<DirectoryUser, 'username'>,
    Partial<Omit<DirectoryUser, 'username' | 'passwordExpiresAt'>> {
  /** A stable id. @default a random UUID */
  id?: string;
  /** The initial password, hashed at once (NFKC) and never kept. Leave both password fields out for an account that can only get a password by self-service reset. */
  password?: string;
  /** A hash the directory's hasher can verify (e.g. argon2id PHC from another system), instead of `password`. */
  passwordHash?: string;
  /** When the password was last set. @default now when a password is given */
  passwordChangedAt?: Date;
}

// Each message is the whole sentence a caller sees; `{position}` names the entry ("user 3").
function nonEmptyText(field: string) {
  const error = `{position}: ${field} must be a non-empty string`;
  return z.string({ error }).min(1, { error }).optional();
}

function flag(field: string) {
  return z.boolean({ error: `{position}: ${field} must be a boolean` }).optional();
}

const needsUsername = '{position} needs a username';
const groupsError = '{position}: groups must be an array of strings';

/**
 * Every field of {@link SqlDirectoryUserInput}, in the order its problems are reported
 * (`satisfies` makes a field added to the interface but not here a compile error, where zod
 * would drop it silently).
 */
const fields = {
  username: z.string({ error: needsUsername }).min(1, { error: needsUsername }),
  id: nonEmptyText('id'),
  email: nonEmptyText('email'),
  givenName: nonEmptyText('givenName'),
  surname: nonEmptyText('surname'),
  displayName: nonEmptyText('displayName'),
  passwordHash: nonEmptyText('passwordHash'),
  // May be empty: the directory's `passwordPolicy` applies to later passwords, not this one.
  password: z.string({ error: '{position}: password must be a string' }).optional(),
  groups: z.array(z.string({ error: groupsError }), { error: groupsError }).optional(),
  isAdmin: flag('isAdmin'),
  disabled: flag('disabled'),
  lockedOut: flag('lockedOut'),
  mustChangePassword: flag('mustChangePassword'),
  passwordChangedAt: z
    .date({ error: '{position}: passwordChangedAt must be a valid Date' })
    .optional(),
  // Not checked: its fields are stored as given.
  contact: z.custom<DirectoryContact>().optional(),
} satisfies { [Field in keyof SqlDirectoryUserInput]-?: z.ZodType };

const fieldOrder: readonly string[] = Object.keys(fields);

/** The input of `createUser` and each entry of `importUsers`. */
const userInputSchema = z
  .object(fields, { error: '{position} is not an object' })
  .refine((input) => input.password === undefined || input.passwordHash === undefined, {
    error: '{position}: give password or passwordHash, not both',
    path: ['password'],
    // Checked even when a later field is wrong too, so the first problem in field order wins.
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });

/**
 * Checks an account to create and returns it typed.
 * @param position Names the entry in the message: "the user", "user 3".
 * @throws {TypeError} naming the position and the first field (in the order of
 *   {@link SqlDirectoryUserInput}) that is wrong.
 */
export function parseDirectoryUserInput(input: unknown, position: string): SqlDirectoryUserInput {
  const result = userInputSchema.safeParse(input);
  if (result.success) return result.data;
  const rank = (issue: z.core.$ZodIssue) =>
    issue.path.length === 0 ? -1 : fieldOrder.indexOf(String(issue.path[0]));
  // sort is stable: of two problems with one field, the first found is reported.
  const [first] = [...result.error.issues].sort((a, b) => rank(a) - rank(b));
  const message = first?.message ?? '{position} is invalid';
  throw new TypeError(message.replace('{position}', () => position));
}
