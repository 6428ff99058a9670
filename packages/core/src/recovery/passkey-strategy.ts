import { decodeBase64Url, encodeBase64Url } from '../crypto/encoding.js';
import type { JsonObject } from '../ports/storage.js';
import {
  type AuthenticationResponseJSON,
  type Passkeys,
  storedPasskey,
} from '../verification/passkey.js';
import { markUsed } from './mark-used.js';
import type { MethodStrategy } from './method-strategy.js';
import { fail } from './recovery-error.js';
import type { RecoveryServiceDependencies } from './recovery-service.js';

/** Longest field of an assertion looked at (base64url of client data, signatures, ids). */
const FIELD_MAX = 4096;

/**
 * A passkey (WebAuthn assertion with user verification). The challenge is a fresh random
 * value in the flow, and the options are the same for every account: no credential list,
 * so the browser offers whatever passkeys the user has for the site, and nothing says
 * whether the account has one. The assertion is checked against the account's passkey with
 * its id, or a stand-in key when none matches, so a miss costs a signature check too. A
 * passed assertion stores the credential's new counter and backup state.
 */
export function createPasskeyStrategy(
  deps: RecoveryServiceDependencies,
  passkeys: Passkeys | undefined,
): MethodStrategy {
  const ceremonies = (): Passkeys =>
    passkeys ?? fail('invalid_state', 'Passkeys are not configured (webauthn)');

  return {
    types: ['passkey'],
    needsConfirm: false,

    async challenge({ data, method, contacts }) {
      ceremonies();
      const registered = (await contacts()).passkeys.length > 0;
      return {
        active: { methodId: method.id, challenge: encodeBase64Url(deps.random.bytes(32)) },
        audit:
          !data.decoy && registered
            ? { result: 'success' }
            : { result: 'failure', reason: data.decoy ? 'decoy' : 'not_registered' },
      };
    },

    async view(_context, active) {
      const challenge = decodeBase64Url(active.challenge ?? '') ?? new Uint8Array(32);
      return {
        methodId: active.methodId,
        publicKey: await ceremonies().authenticationOptions(challenge),
      };
    },

    async verify({ flow, data, contacts: readContacts }, active, input, budgets) {
      const response = assertionOf(input.credential);
      const { passkeys: registered } = await readContacts();
      const match = registered.find(
        (method) => storedPasskey(method.credential)?.id === response.id,
      );
      const credential = storedPasskey(match?.credential);
      let verified: JsonObject | undefined;
      const outcome = await deps.proofs.verify(budgets, async () => {
        const next = await ceremonies().verifyAssertion({
          response,
          credential,
          expectChallenge: async (challenge) =>
            active.challenge !== undefined && challenge === active.challenge,
        });
        if (next === null || data.decoy) return false;
        verified = { ...next } as unknown as JsonObject;
        return true;
      });
      if (
        outcome.status === 'passed' &&
        match !== undefined &&
        verified !== undefined &&
        flow.userId !== null
      ) {
        const now = deps.clock.now();
        await markUsed(
          deps.storage,
          { tenantId: flow.tenantId, userId: flow.userId, methodId: match.id },
          { credential: verified, lastUsedAt: now },
          now,
        );
      }
      return {
        outcome,
        failure: { code: 'invalid_credential', message: 'The passkey was not accepted' },
      };
    },
  };
}

/** The assertion's shape, checked before anything is spent (`invalid_request` otherwise). */
function assertionOf(value: unknown): AuthenticationResponseJSON {
  const text = (field: unknown) =>
    typeof field === 'string' && field.length > 0 && field.length <= FIELD_MAX;
  const credential = value as Partial<AuthenticationResponseJSON> | null | undefined;
  const response = credential?.response as
    | Partial<AuthenticationResponseJSON['response']>
    | undefined;
  const valid =
    typeof credential === 'object' &&
    credential !== null &&
    text(credential.id) &&
    text(credential.rawId) &&
    credential.type === 'public-key' &&
    typeof response === 'object' &&
    response !== null &&
    text(response.clientDataJSON) &&
    text(response.authenticatorData) &&
    text(response.signature) &&
    (response.userHandle === undefined || text(response.userHandle));
  if (!valid)
    fail('invalid_request', 'credential must be a WebAuthn assertion (startAuthentication)');
  return {
    id: credential.id as string,
    rawId: credential.rawId as string,
    type: 'public-key',
    response: {
      clientDataJSON: response.clientDataJSON as string,
      authenticatorData: response.authenticatorData as string,
      signature: response.signature as string,
      ...(response.userHandle === undefined ? {} : { userHandle: response.userHandle }),
    },
    clientExtensionResults: {},
  };
}
