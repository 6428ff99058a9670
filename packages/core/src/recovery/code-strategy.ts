import { contactsFor, SLOTS_PER_KIND, STAND_IN } from '../contacts/account-contacts.js';
import { canonicalEmail } from '../contacts/canonical-email.js';
import { matchesEmail, matchesPhone } from '../contacts/confirm-contact.js';
import { timingSafeEqual } from '../crypto/constant-time-equal.js';
import { sha256Base64Url } from '../crypto/encoding.js';
import { addressBlock } from '../limits/address-block.js';
import { renderCodeMessage } from '../messages/render-messages.js';
import { deliveryChannel, type MethodType, methodKind } from '../methods/recovery-method.js';
import type { Policy } from '../policy/policy-schema.js';
import type { FlowRecord, OutboxMessage } from '../ports/storage.js';
import { generateCode } from '../verification/verification-code.js';
import type { FlowData, FlowMethod } from './flow-data.js';
import type { FlowChallengeView } from './flow-view.js';
import type { MethodStrategy } from './method-strategy.js';
import { fail } from './recovery-error.js';
import type { RecoveryServiceDependencies } from './recovery-service.js';
import { spendLimit } from './spend-limit.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A code sent to a phone (SMS or voice) or an address. Nothing goes out until the user typed
 * the full number or address the hint stands for; every path (a match, a mismatch, a decoy)
 * compares every contact slot, spends the send limits, and renders, seals and stores a
 * message, which the dispatcher drops unsent when it is a stand-in.
 */
export function createCodeStrategy(deps: RecoveryServiceDependencies): MethodStrategy {
  const { storage, keyring, random } = deps;
  const now = () => deps.clock.now();

  /** A digest naming a phone or mailbox, so one can never pass two gates. */
  async function contactDigest(type: MethodType, contact: string): Promise<string> {
    const value = type === 'email' ? canonicalEmail(contact) : contact;
    return (await sha256Base64Url(`contact\u0000${value}`)).slice(0, 22);
  }

  /**
   * The send limits, spent before anything is sent. Every path spends the per-method,
   * per-address and email limits alike. The tenant-wide phone cap that protects real users
   * is spent only by real sends: decoys and mismatches spend a budget of their own (so they
   * can never exhaust it), and are refused too when the real one is exhausted.
   */
  async function limitSends(
    flow: FlowRecord,
    method: FlowMethod,
    deliver: boolean,
    ip: string | undefined,
    policy: Policy,
  ): Promise<void> {
    const { tenantId } = flow;
    const { accountKey } = flow.data as unknown as FlowData;
    const { limits } = policy;
    await spendLimit(deps.rateLimit, {
      key: `${tenantId}:sends:${accountKey}:${methodKind(method.type)}`,
      windowMs: HOUR,
      max: limits.sendsPerMethodPerHour,
      what: 'codes for this method',
    });
    if (method.type === 'email') {
      await spendLimit(deps.rateLimit, {
        key: `${tenantId}:emails:${accountKey}`,
        windowMs: 10 * MINUTE,
        max: limits.emailsPerTenMinutes,
        what: 'emails',
      });
      return;
    }
    if (ip !== undefined) {
      await spendLimit(deps.rateLimit, {
        key: `${tenantId}:phone-ip:${addressBlock(ip)}`,
        windowMs: HOUR,
        max: limits.phoneSendsPerIpPerHour,
        what: 'calls and texts from this address',
      });
    }
    // Both paths read the real budget and spend their own, so they cost the same.
    const real = `${tenantId}:phone`;
    const [spent, own] = await Promise.all([
      storage.counters.get(real, now()),
      deps.rateLimit.hit(
        deliver ? real : `${tenantId}:phone-unsent`,
        HOUR,
        limits.phoneSendsPerHour,
      ),
    ]);
    const exhausted = !own.allowed || (!deliver && spent.count >= limits.phoneSendsPerHour);
    if (exhausted) {
      fail('rate_limited', 'Too many calls and texts', {
        retryAfterSeconds: own.allowed
          ? deps.rateLimit.retryAfter(spent.resetAt)
          : own.retryAfterSeconds,
      });
    }
  }

  const codeMessage = (flow: FlowRecord, methodId: string, code: string) =>
    `${flow.id}\u0000${methodId}\u0000${code}`;

  return {
    types: ['mobileSms', 'mobileVoice', 'officeVoice', 'email'],
    needsConfirm: true,

    async challenge({ flow, data, method, policy, contacts: readContacts }, input) {
      const confirm = input.confirm as string;
      const contacts = await readContacts();
      const isPhone = method.type !== 'email';
      const candidates = contactsFor(method.type, contacts);
      // Every slot of the kind is compared, a stand-in where the account has nothing, so a
      // match costs what a mismatch or a decoy costs.
      const standIn = isPhone ? STAND_IN.phone : STAND_IN.email;
      const slots = Array.from({ length: SLOTS_PER_KIND }, (_, i) => candidates[i] ?? standIn);
      const matches = slots.map((contact) =>
        isPhone ? matchesPhone(confirm, contact) : matchesEmail(confirm, contact),
      );
      const matched = candidates.find((_, i) => matches[i]);
      const digest = await contactDigest(method.type, matched ?? candidates[0] ?? confirm);
      if (matched !== undefined && data.passedContacts.includes(digest)) {
        fail('method_already_used', 'This phone or address already passed a gate');
      }
      const deliver = !data.decoy && matched !== undefined;
      await limitSends(flow, method, deliver, input.ip, policy);

      const code = generateCode(random, policy.codeLength);
      const { keyId, mac } = await keyring.mac('code', codeMessage(flow, method.id, code));
      const issuedAt = now();
      const issued = await storage.challenges.issue({
        tenantId: flow.tenantId,
        flowId: flow.id,
        methodId: method.id,
        secretHash: mac,
        keyId,
        createdAt: issuedAt,
        expiresAt: new Date(issuedAt.getTime() + policy.codeTtlMinutes * MINUTE),
      });
      // A message is rendered, sealed and stored on every path; the dispatcher drops stand-ins.
      const channel = deliveryChannel(method.type);
      if (channel === null) fail('invalid_state', 'This method sends no code');
      const message = renderCodeMessage({
        channel,
        to: matched ?? candidates[0] ?? (channel === 'email' ? STAND_IN.email : STAND_IN.phone),
        code,
        minutes: policy.codeTtlMinutes,
        locale: data.locale,
        branding: policy.branding,
        ...(deps.templates === undefined ? {} : { templates: deps.templates }),
      });
      const target = data.target;
      const messageId = await deps.outbox.enqueue({
        tenantId: flow.tenantId,
        purpose: `code:${method.id}`,
        correlationId: flow.id,
        payload: {
          channel,
          message,
          ...(target === undefined ? {} : { target }),
          ...(deliver ? {} : { drop: true }),
        } as never,
      });
      // What `view` would read back: the message just stored waits for its first attempt
      // (no dispatcher sees it before this transaction commits), and the challenge as issued.
      const view: FlowChallengeView = {
        methodId: method.id,
        delivery: 'queued',
        expiresAt: issued.expiresAt.toISOString(),
      };
      return deliver
        ? {
            active: { methodId: method.id, messageId, contact: digest },
            audit: { result: 'success' },
            view,
          }
        : {
            active: { methodId: method.id, messageId },
            audit: { result: 'failure', reason: data.decoy ? 'decoy' : 'confirm_mismatch' },
            view,
          };
    },

    async view({ flow }, active) {
      const [challenge, message] = await Promise.all([
        storage.challenges.get(flow.tenantId, flow.id, active.methodId),
        storage.outbox.get(flow.tenantId, active.messageId ?? ''),
      ]);
      return {
        methodId: active.methodId,
        delivery: deliveryOf(message),
        ...(challenge === null ? {} : { expiresAt: challenge.expiresAt.toISOString() }),
      };
    },

    async verify({ flow, data, method }, active, input, budgets) {
      const code = input.code;
      if (typeof code !== 'string' || !/^\d{6,8}$/.test(code))
        fail('invalid_request', 'code must be 6-8 digits');
      const challenge = await storage.challenges.get(flow.tenantId, flow.id, method.id);
      if (challenge === null) fail('invalid_state', 'No code was sent for this method');
      if (challenge.expiresAt.getTime() <= now().getTime())
        fail('code_expired', 'The code expired');
      const outcome = await deps.proofs.verify(budgets, async () => {
        const candidate = await keyring.macWith(
          challenge.keyId,
          'code',
          codeMessage(flow, method.id, code),
        );
        const encoder = new TextEncoder();
        const matches =
          candidate !== null &&
          timingSafeEqual(encoder.encode(candidate), encoder.encode(challenge.secretHash));
        // A code nobody received (a decoy, a mismatched number) never passes, even guessed.
        return matches && active.contact !== undefined && !data.decoy;
      });
      const failure = { code: 'invalid_code', message: 'The code is wrong' } as const;
      if (outcome.status !== 'passed') return { outcome, failure };
      const consumed = await storage.challenges.consume(
        flow.tenantId,
        flow.id,
        method.id,
        challenge.secretHash,
        now(),
      );
      if (!consumed) fail('invalid_code', 'The code was already used');
      return {
        outcome,
        failure,
        ...(active.contact === undefined ? {} : { contact: active.contact }),
      };
    },
  };
}

/**
 * What the user sees of a code's message: `sent` once a provider accepted it (or the
 * dispatcher dropped a stand-in), `failed` once it failed for good, `delayed` while an
 * attempt failed and another is scheduled (a provider outage), else `queued`.
 */
function deliveryOf(message: OutboxMessage | null): FlowChallengeView['delivery'] {
  if (message?.status === 'sent') return 'sent';
  if (message?.status === 'failed') return 'failed';
  return message?.lastError != null ? 'delayed' : 'queued';
}
