// Provider outage: the SMS and SMTP providers are down for 10 simulated minutes while 1,000
// codes are sent (500 by SMS, 500 by email, one per user, plus 100 decoy flows), in process
// on the test engine's fake clock, through the real adapters: Twilio's (its fetch answers
// 503 during the outage, 201 after) and SMTP's (nodemailer against a local smtp-server that
// is closed during the outage, so connections are refused, and listens again after). The
// engine's own dispatcher runs every simulated second with its default retry settings.
//
// Invariants: every message delivered exactly once (0 lost, 0 sent twice, 0 failed for good),
// one `notification.sent` audit event each; the flow view (`challenge.delivery`, what
// `POST /reset/status` returns) never says `sent` or `failed` during the outage and says
// `delayed` for every flow at its end (each message was tried by then); after it, every flow says `sent`; decoys
// show the same as real flows at every check.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createSmtpEmailSender } from '../../packages/adapters/src/smtp.js';
import { createTwilioSms } from '../../packages/adapters/src/twilio.js';
import { createTestEngine } from '../../packages/core/src/testing/test-engine.js';
import {
  auditEvents,
  BENCH_POLICY,
  benchUser,
  option,
  percentile,
  SHORT,
  scenario,
} from './lib.js';

const run = scenario('outage');
const SENDS = option('outage-sends', SHORT ? 200 : 1000);
const DECOYS = Math.round(SENDS / 10);
const OUTAGE_MS = option('outage-minutes', 10) * 60_000;
const SECOND = 1000;

// ---- the providers -----------------------------------------------------------------------
let providersDown = true;
/** When each message reached its provider (simulated ms), and the clock's reading. */
const receivedAt: number[] = [];
let now = () => 0;
const smsReceived = new Map<string, number>();
let twilioRequests = 0;
const twilioFetch = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
  twilioRequests += 1;
  if (providersDown)
    return new Response('{"code":20503,"message":"Service unavailable"}', { status: 503 });
  const form = new URLSearchParams(String(init?.body ?? ''));
  const to = form.get('To') ?? '';
  smsReceived.set(to, (smsReceived.get(to) ?? 0) + 1);
  receivedAt.push(now());
  return Response.json({ sid: `SM${twilioRequests}`, status: 'queued' }, { status: 201 });
};

const emailReceived = new Map<string, number>();
const smtpServer = () =>
  new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        for (const { address } of session.envelope.rcptTo) {
          emailReceived.set(address, (emailReceived.get(address) ?? 0) + 1);
          receivedAt.push(now());
        }
        callback();
      });
    },
  });
const listen = (server: SMTPServer, port: number) =>
  new Promise<number>((resolve) => {
    const inner = (server as unknown as { server: { address(): AddressInfo } }).server;
    server.listen(port, '127.0.0.1', () => resolve(inner.address().port));
  });
let smtp = smtpServer();
const smtpPort = await listen(smtp, 0);
await new Promise<void>((resolve) => smtp.close(resolve)); // down from the start

// ---- the engine --------------------------------------------------------------------------
const users = Array.from({ length: SENDS }, (_, index) => {
  const user = benchUser(index);
  return {
    id: `u${index}`,
    username: user.username,
    password: 'the first password of all',
    email: user.email,
    contact: { mobile: user.mobile, alternateEmail: `user${index}.alt@example.net` },
  };
});
const testbed = createTestEngine({
  users,
  // Flows live 60 minutes (the most a policy allows) so that those started as the outage
  // began can still be looked at once it is over; with the default 15 they expire first.
  policy: { ...BENCH_POLICY, flowTtlMinutes: 60 },
  channels: [],
  sms: createTwilioSms({
    accountSid: 'AC0',
    authToken: 'token',
    from: '+15550000000',
    fetch: twilioFetch,
  }),
  email: createSmtpEmailSender({
    host: '127.0.0.1',
    port: smtpPort,
    from: 'no-reply@example.com',
    timeoutMs: 5000,
  }),
});
const { engine, clock, storage } = testbed;
const outageEnd = clock.now().getTime() + OUTAGE_MS;
now = () => clock.now().getTime() - outageEnd;

interface Sent {
  flowToken: string;
  decoy: boolean;
  channel: 'sms' | 'email';
  to: string;
}
const flows: Sent[] = [];
const total = SENDS + DECOYS;

/** Starts flow `n` (every 11th a decoy) and sends its code. */
async function send(n: number): Promise<void> {
  const decoy = n % 11 === 10;
  const index = n - Math.floor(n / 11);
  const channel = (decoy ? Math.floor(n / 11) : index) % 2 === 0 ? 'sms' : 'email';
  const identifier = decoy ? `ghost${n}` : `user${index}`;
  const flow = await engine.recovery.start({ identifier });
  const type = channel === 'sms' ? 'mobileSms' : 'email';
  const method = flow.methods.find((m) => m.type === type);
  if (method === undefined) throw new Error(`${identifier} has no ${type} method`);
  const user = users[index];
  const to = decoy
    ? `decoy${n}`
    : channel === 'sms'
      ? (user?.contact.mobile ?? '')
      : (user?.contact.alternateEmail ?? '');
  const confirm = decoy ? (channel === 'sms' ? '+31600000000' : 'someone@example.net') : to;
  await engine.recovery.challenge({ flowToken: flow.flowToken, methodId: method.id, confirm });
  flows.push({ flowToken: flow.flowToken, decoy, channel, to });
}

/** Runs the dispatcher until a run finds nothing to do. */
async function dispatch(): Promise<void> {
  for (let runs = 0; runs < 1000; runs++) {
    const report = await engine.dispatcher.runOnce();
    if (report.sent + report.retrying + report.failed === 0) {
      // A batch of stand-ins only reports nothing: one more run to be sure.
      const again = await engine.dispatcher.runOnce();
      if (again.sent + again.retrying + again.failed === 0) return;
    }
  }
}

/** Every flow's `challenge.delivery`, counted for real flows and decoys. */
async function deliveries() {
  const counts = { real: {} as Record<string, number>, decoy: {} as Record<string, number> };
  for (const flow of flows) {
    const view = await engine.recovery.getFlow({ flowToken: flow.flowToken }).catch(() => null);
    const delivery = view === null ? 'flow gone' : (view.challenge?.delivery ?? 'none');
    const side = flow.decoy ? counts.decoy : counts.real;
    side[delivery] = (side[delivery] ?? 0) + 1;
  }
  return counts;
}

const checkpoints: Record<string, unknown>[] = [];
let outageViolations = 0;
let decoyDifferences = 0;
let sent = 0;
// The outage: flows spread over its first 90 %, the dispatcher every simulated second.
for (let t = 0; t < OUTAGE_MS; t += SECOND) {
  const due = Math.min(total, Math.ceil(((t + SECOND) / (OUTAGE_MS * 0.9)) * total));
  while (sent < due) await send(sent++);
  await dispatch();
  clock.advance(SECOND);
  if ((t + SECOND) % 60_000 === 0) {
    const seen = await deliveries();
    const minute = (t + SECOND) / 60_000;
    checkpoints.push({ minute, real: seen.real, decoy: seen.decoy });
    outageViolations += (seen.real.sent ?? 0) + (seen.real.failed ?? 0);
    // Decoys look alike: no status a real flow does not show at the same time.
    for (const status of Object.keys(seen.decoy)) if (!(status in seen.real)) decoyDifferences += 1;
  }
}
const atOutageEnd = await deliveries();
// The providers come back.
providersDown = false;
smtp = smtpServer();
await listen(smtp, smtpPort);
let recoveredAfterMs = -1;
for (let t = 0; t < 45 * 60_000; t += SECOND) {
  await dispatch();
  clock.advance(SECOND);
  if ((t + SECOND) % 30_000 === 0) {
    const seen = await deliveries();
    if ((seen.real.sent ?? 0) === SENDS && (seen.decoy.sent ?? 0) === DECOYS) {
      recoveredAfterMs = t + SECOND;
      checkpoints.push({
        minute: (OUTAGE_MS + t + SECOND) / 60_000,
        real: seen.real,
        decoy: seen.decoy,
      });
      break;
    }
  }
}
const afterwards = await deliveries();
await new Promise<void>((resolve) => smtp.close(resolve));

// ---- the figures and invariants ------------------------------------------------------------
const real = flows.filter((f) => !f.decoy);
const received = (flow: Sent) =>
  (flow.channel === 'sms' ? smsReceived.get(flow.to) : emailReceived.get(flow.to)) ?? 0;
const lost = real.filter((f) => received(f) === 0).length;
const twice = real.filter((f) => received(f) > 1).length;
const strays = [...smsReceived.keys(), ...emailReceived.keys()].filter(
  (to) => !real.some((f) => f.to === to),
).length;
const audit = await auditEvents(storage.audit, ['notification.sent', 'notification.failed']);
const auditedSent = audit.filter((e) => e.type === 'notification.sent').length;
const auditedFailed = audit.filter((e) => e.type === 'notification.failed').length;

Object.assign(run.figures, {
  sends: real.length,
  sms: real.filter((f) => f.channel === 'sms').length,
  email: real.filter((f) => f.channel === 'email').length,
  decoys: flows.length - real.length,
  outageMinutes: OUTAGE_MS / 60_000,
  lost,
  sentTwice: twice,
  failedForGood: auditedFailed,
  providerRequestsSms: twilioRequests,
  delayedAtOutageEnd: atOutageEnd.real.delayed ?? 0,
  deliveredAfterOutageP50S: percentile(receivedAt, 50) / 1000,
  deliveredAfterOutageMaxS: Math.max(...receivedAt) / 1000,
  allViewsSentWithinS: recoveredAfterMs / 1000,
  checkpoints,
});

run.check(`all ${SENDS} sends made`, real.length === SENDS, real.length);
run.check('0 lost: every message reached its provider', lost === 0, lost);
run.check('0 sent twice', twice === 0, twice);
run.check('nothing reached anyone else', strays === 0, strays);
run.check(
  'every message audited once as sent, none as failed',
  auditedSent === SENDS && auditedFailed === 0,
  { auditedSent, auditedFailed },
);
run.check(
  'during the outage no flow said sent or failed',
  outageViolations === 0,
  outageViolations,
);
run.check(
  'at the end of the outage every message (all tried by then) said delayed',
  (atOutageEnd.real.delayed ?? 0) === SENDS,
  atOutageEnd.real,
);
run.check(
  'after the outage every flow said sent (decoys too)',
  (afterwards.real.sent ?? 0) === SENDS && (afterwards.decoy.sent ?? 0) === DECOYS,
  afterwards,
);
run.check('decoys showed no status real flows did not', decoyDifferences === 0, checkpoints);
run.finish();
