// The OpenReset demo (`npm start` at the repository root): the server of @openreset/server
// (the API, the widgets, health and the background work) with the demo's pages added: a
// sign-in page with "Can't access your account?", "my account" with recovery methods and
// password change, an admin page, and /outbox showing every message with its code. SQLite
// storage, the SQL directory and a dev outbox by default; see README.md beside this file for
// the environment variables.
import { createDevOutbox } from '@openreset/adapters/dev-outbox';
import { respond, startServer } from '@openreset/server';
import { readConfig } from './config.mjs';
import {
  accountPage,
  adminPage,
  DEMO_CSS,
  INTERRUPT_JS,
  interruptPage,
  loginPage,
  OUTBOX_JS,
  outboxPage,
  resetPage,
} from './pages.mjs';
import { demoOptions, SEED_USERS, seed } from './setup.mjs';
import { createSignIn } from './sign-in.mjs';

const SESSION_COOKIE = 'openreset_demo_session';
const MAX_FORM_BYTES = 64 * 1024;

const sessions = new Map();

function sessionOf(cookieHeader) {
  const match = /(?:^|;\s*)openreset_demo_session=([A-Za-z0-9_-]+)/.exec(cookieHeader ?? '');
  return match === null ? undefined : sessions.get(match[1]);
}

/** The HTTP API asks the host who the caller is: here, the demo's session cookie. */
function authenticate(request) {
  const session = sessionOf(request.headers.get('cookie'));
  return session === undefined
    ? null
    : { userId: session.userId, isAdmin: session.isAdmin, authTime: session.authTime };
}

/** Answers with the server's page headers; `true`: the demo answered the request. */
function send(response, status, type, body, headers = {}) {
  respond(response, status, type, body, headers);
  return true;
}
const html = (response, body, status = 200, headers = {}) =>
  send(response, status, 'text/html; charset=utf-8', body, headers);
const redirect = (response, location, headers = {}) =>
  send(response, 303, 'text/plain', '', { location, ...headers });

async function readForm(request) {
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return new URLSearchParams();
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const demoUsers = SEED_USERS.map((user) => ({
  username: user.username,
  password: user.password,
  note: {
    alice: 'mobile phone and email: one gate; add a passkey or an authenticator app in my account',
    bob: 'security questions and email; 3 wrong passwords lock him out: unlock with “Can’t access your account?”',
    admin: 'an admin: two gates (phone and email)',
    carol:
      'nothing registered: asked to register at sign-in (“remind me later” twice); reset answers like an unknown account',
    dave: 'his password expires in 10 days: one warning mail at /outbox',
  }[user.username],
}));

/**
 * The demo's pages (the server's `pages`), over the engine and ports it made: each resolves
 * `true` once it answered; `false` leaves the request to the server (the API, /widgets/,
 * health, 404).
 */
const demoPages = ({ engine, directory, outbox, signIn }) =>
  async function route(request, response, url) {
    const session = sessionOf(request.headers.cookie);

    if (request.method === 'GET' && url.pathname === '/') {
      return session === undefined
        ? html(response, loginPage({ users: demoUsers }))
        : redirect(response, '/account');
    }
    if (request.method === 'POST' && url.pathname === '/login') {
      const form = await readForm(request);
      // Rate-limited per address and per typed username, the same for known and unknown ones;
      // an unknown username verifies a dummy hash (sign-in.mjs).
      const result = await signIn(
        form.get('identifier') ?? '',
        form.get('password') ?? '',
        request.socket.remoteAddress,
      );
      if (result.outcome === 'rate_limited') {
        const minutes = Math.ceil(result.retryAfterSeconds / 60);
        const error = `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
        return html(response, loginPage({ users: demoUsers, error }), 429, {
          'retry-after': String(result.retryAfterSeconds),
        });
      }
      if (result.outcome === 'locked_out') {
        return html(response, loginPage({ users: demoUsers, lockedOut: true }), 403);
      }
      if (result.outcome !== 'signed_in') {
        return html(
          response,
          loginPage({ users: demoUsers, error: 'Wrong username or password.' }),
          401,
        );
      }
      const { user } = result;
      const sid = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
      sessions.set(sid, { userId: user.id, isAdmin: user.isAdmin, authTime: new Date() });
      // What comes first after sign-in: an expired password, then registration or
      // reconfirmation of recovery methods (with "remind me later"), then the account.
      const check = await engine.signInCheck({ userId: user.id });
      const next = {
        change_password: '/account?expired=1',
        register: '/welcome',
        reconfirm: '/welcome',
        none: check.reason === 'password_expires_soon' ? '/account?expiring=1' : '/account',
      }[check.action];
      return redirect(response, next, {
        'set-cookie': `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Strict`,
      });
    }
    if (request.method === 'GET' && url.pathname === '/logout') {
      const match = /openreset_demo_session=([A-Za-z0-9_-]+)/.exec(request.headers.cookie ?? '');
      if (match !== null) sessions.delete(match[1]);
      return redirect(response, '/', { 'set-cookie': `${SESSION_COOKIE}=; Path=/; Max-Age=0` });
    }
    if (request.method === 'GET' && url.pathname === '/reset') {
      return html(
        response,
        resetPage({
          locale: url.searchParams.get('locale') ?? undefined,
          intent: url.searchParams.get('intent') ?? undefined,
        }),
      );
    }
    if (request.method === 'GET' && url.pathname === '/welcome') {
      if (session === undefined) return redirect(response, '/');
      const check = await engine.signInCheck({ userId: session.userId });
      if (check.action !== 'register' && check.action !== 'reconfirm') {
        return redirect(response, '/account');
      }
      const user = await directory.getUser(session.userId);
      return html(response, interruptPage({ user, action: check.action }));
    }
    if (request.method === 'GET' && url.pathname === '/account') {
      if (session === undefined) return redirect(response, '/');
      const user = await directory.getUser(session.userId);
      return html(
        response,
        accountPage({
          user,
          expired: url.searchParams.has('expired'),
          expiresSoon: url.searchParams.has('expiring'),
        }),
      );
    }
    if (url.pathname.startsWith('/admin')) {
      if (session?.isAdmin !== true) return redirect(response, '/');
      const actor = { kind: 'admin', id: session.userId };
      const range = {
        from: new Date(Date.now() - 30 * 86_400_000),
        to: new Date(Date.now() + 60_000),
      };
      /** The admin page; after a refused save, with the admin's edits and why. */
      const showAdmin = async (refused, status = 200) => {
        const { policy, revision } = await engine.admin.getPolicy();
        const resets = (await engine.reports.resetActivity({ ...range, limit: 100 })).rows;
        const registrations = (await engine.reports.registrationActivity({ ...range, limit: 100 }))
          .rows;
        return html(
          response,
          adminPage({ policy, revision, resets, registrations, ...refused }),
          status,
        );
      };
      if (request.method === 'POST' && url.pathname === '/admin/policy') {
        const form = await readForm(request);
        const edited = form.get('policy') ?? '';
        const editedRevision = Number(form.get('revision'));
        let input;
        try {
          input = JSON.parse(edited);
        } catch (error) {
          const problem = { code: 'invalid_json', detail: error.message };
          return showAdmin({ edited, editedRevision, problem }, 422);
        }
        try {
          await engine.admin.updatePolicy(input, actor, { expectedRevision: editedRevision });
        } catch (error) {
          // Recognized by code, not instanceof (STYLE.md): anything else is a failure, not a refusal.
          if (error?.code === 'invalid_policy') {
            const problem = { code: error.code, issues: error.issues };
            return showAdmin({ edited, editedRevision, problem }, 422);
          }
          if (error?.code === 'conflict') {
            // Offered on top of the revision now stored: saving again is the admin's choice.
            const { revision } = await engine.admin.getPolicy();
            return showAdmin(
              { edited, editedRevision: revision, problem: { code: error.code } },
              409,
            );
          }
          throw error;
        }
        return redirect(response, '/admin');
      }
      const csv = {
        '/admin/reports/resets.csv': () => engine.reports.resetActivityCsv(range),
        '/admin/reports/registrations.csv': () => engine.reports.registrationActivityCsv(range),
      }[url.pathname];
      if (csv !== undefined) return send(response, 200, 'text/csv; charset=utf-8', await csv());
      return showAdmin({});
    }
    if (request.method === 'GET' && url.pathname === '/outbox')
      return html(response, outboxPage(outbox.list()));
    if (request.method === 'GET' && url.pathname === '/outbox.json') {
      return send(response, 200, 'application/json', JSON.stringify(outbox.list()));
    }
    if (request.method === 'GET' && url.pathname === '/interrupt.js')
      return send(response, 200, 'text/javascript; charset=utf-8', INTERRUPT_JS);
    if (request.method === 'GET' && url.pathname === '/outbox.js')
      return send(response, 200, 'text/javascript; charset=utf-8', OUTBOX_JS);
    if (request.method === 'GET' && url.pathname === '/demo.css')
      return send(response, 200, 'text/css', DEMO_CSS);
    return false;
  };

const config = readConfig();
const outbox = createDevOutbox({ limit: 200 });
const server = await startServer(config.server, {
  ...demoOptions(config, outbox),
  authenticate,
  async pages({ engine, ports, config: serverConfig }) {
    if (serverConfig.ldap === undefined) await seed(engine, ports.storage, ports.directory);
    // Rate-limited per address and per typed username; keyed by the newest server key.
    const { signIn } = createSignIn({
      directory: ports.directory,
      hasher: ports.hasher,
      counters: ports.storage.counters,
      secret: serverConfig.keys[0].secret,
    });
    return demoPages({ engine, directory: ports.directory, outbox, signIn });
  },
});
// The public origin with the port bound (PORT=0 picks one; a public origin names another).
const origin = server.config.publicOrigin.replace(/:\d+$/, `:${new URL(server.url).port}`);
console.log(`OpenReset demo on ${origin}/ (data in ${config.dataDir})`);
console.log('Demo accounts (username / password):');
for (const user of demoUsers) console.log(`  ${user.username} / ${user.password}  (${user.note})`);
console.log('Codes appear at /outbox. Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.close();
    process.exit(0);
  });
}
