// The demo's HTML pages. Every value put into a page is escaped.

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A page of the demo: its title, the body's HTML, and the module scripts it loads (URLs). */
function layout(title, body, scripts = []) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · OpenReset demo</title>
<link rel="stylesheet" href="/demo.css">
${scripts.map((src) => `<script type="module" src="${escapeHtml(src)}"></script>`).join('\n')}
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/**
 * The sign-in page, with "Can't access your account?" under the form: `<openreset-link>`
 * opens the reset flow in a dialog; without JavaScript, a plain link goes to /reset. With
 * `lockedOut`, it says the account is locked and links to the unlock flow.
 */
export function loginPage({ error, users, lockedOut = false }) {
  const locked = lockedOut
    ? '<p role="alert" class="error">This account is locked after too many wrong passwords. <a href="/reset?intent=unlock">Unlock it yourself</a>, or try again in a few minutes.</p>'
    : '';
  return layout(
    'Sign in',
    `<h1>Sign in</h1>
${error === undefined ? '' : `<p role="alert" class="error">${escapeHtml(error)}</p>`}${locked}
<form method="post" action="/login">
  <label>Username or email <input name="identifier" autocomplete="username" required></label>
  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
  <button>Sign in</button>
</form>
<openreset-link api="/api" sign-in-href="/"></openreset-link>
<noscript><a href="/reset">Can't access your account?</a></noscript>
<section class="hint">
  <h2>Demo accounts</h2>
  <ul>${users.map((u) => `<li><code>${escapeHtml(u.username)}</code> / <code>${escapeHtml(u.password)}</code> — ${escapeHtml(u.note)}</li>`).join('')}</ul>
  <p>Codes sent by SMS, call or email appear in the <a href="/outbox">outbox</a>.</p>
</section>`,
    ['/widgets/openreset-link.js'],
  );
}

/**
 * The reset page a link without a dialog goes to. `locale` (from `?locale=nl`, a BCP 47 tag)
 * is the widget's language; without it the widget follows the browser. After a reset with a
 * Temporary Access Pass, "Register new ways to verify" goes to "my account" (`register-url`),
 * through sign-in with the new password.
 */
export function resetPage({ locale, intent } = {}) {
  const chosen = typeof locale === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale);
  // `?intent=unlock` (the locked-out sign-in links here) starts an unlock instead of a reset.
  const unlock = intent === 'unlock' ? ' intent="unlock"' : '';
  return layout(
    'Reset your password',
    `<h1>Can't access your account?</h1>
<openreset-reset api="/api" sign-in-href="/" register-url="/account"${chosen ? ` locale="${escapeHtml(locale)}"` : ''}${unlock}><p>This page needs JavaScript and the OpenReset widgets (npm run build).</p></openreset-reset>
<p><a href="/">Back to sign in</a> · <a href="/outbox" target="_blank">Outbox</a></p>`,
    ['/widgets/openreset-reset.js'],
  );
}

/**
 * After sign-in, when `engine.signInCheck` asks for registration or reconfirmation: the
 * register element in interrupt mode ("Skip for now (N left)"); its `openreset-interrupt-done`
 * event (done or skipped) goes on to "my account" (interrupt.js).
 */
export function interruptPage({ user, action }) {
  const lead =
    action === 'reconfirm'
      ? 'Please check that your recovery methods are still right.'
      : 'Please register how to recover your account if you ever forget your password.';
  return layout(
    'Secure your account',
    `<h1>Hello, ${escapeHtml(user.displayName ?? user.username)}</h1>
<p>${escapeHtml(lead)}</p>
<openreset-register api="/api" mode="interrupt"></openreset-register>
<p><a href="/account">My account</a> · <a href="/outbox" target="_blank">Outbox</a></p>`,
    ['/widgets/openreset-register.js', '/interrupt.js'],
  );
}

/** Goes on to "my account" once the interrupt is done or skipped (CSP: no inline script). */
export const INTERRUPT_JS = `document.querySelector('openreset-register')
  ?.addEventListener('openreset-interrupt-done', () => location.assign('/account'));
`;

/** "My account": recovery methods and password change; `expiresSoon` warns of expiry. */
export function accountPage({ user, expired, expiresSoon = false }) {
  return layout(
    'My account',
    `<h1>Hello, ${escapeHtml(user.displayName ?? user.username)}</h1>
<p><a href="/logout">Sign out</a>${user.isAdmin ? ' · <a href="/admin">Admin</a>' : ''} · <a href="/outbox" target="_blank">Outbox</a></p>
${expired ? '<p role="alert" class="error">Your password has expired: choose a new one.</p>' : ''}${expiresSoon ? '<p role="status">Your password expires soon: choose a new one below.</p>' : ''}
<openreset-change api="/api"${expired ? ' expired' : ''}></openreset-change>
<openreset-register api="/api"></openreset-register>`,
    ['/widgets/openreset-change.js', '/widgets/openreset-register.js'],
  );
}

/** Words for the policy's issue codes and reasons (core keeps codes only); else the code. */
const ISSUE_WORDS = {
  invalid_type: 'has the wrong type',
  invalid_value: 'is not one of the allowed values',
  invalid_format: 'is not in the expected format',
  unrecognized_keys: 'is not a policy setting',
  too_small: 'is too small',
  too_big: 'is too big',
  low_contrast: 'has too little contrast to be read (WCAG AA)',
  not_enough_methods: 'needs as many distinct methods enabled as gates',
  admins_need_two_methods: 'needs two distinct methods other than security questions (for admins)',
  passkey_not_enabled: 'needs passkeys among the methods',
  not_enough_questions: 'needs at least as many questions as users register',
  duplicate_method: 'lists a method twice',
  unknown_question: 'names a question that does not exist',
};

/** One issue of `InvalidPolicyError.issues`: its path, what is wrong, and its code. */
function issueItem(issue) {
  const code = issue.reason ?? issue.code;
  const bound =
    issue.minimum !== undefined
      ? ` (at least ${issue.minimum})`
      : issue.maximum !== undefined
        ? ` (at most ${issue.maximum})`
        : '';
  const words = ISSUE_WORDS[code] ?? ISSUE_WORDS[issue.code] ?? 'is not valid';
  return `<li><code>${escapeHtml(issue.path || '(the whole policy)')}</code> ${escapeHtml(words)}${escapeHtml(bound)}: <code>${escapeHtml(code)}</code></li>`;
}

/** Why a save was refused, as the admin page shows it above the form. */
function saveProblem(problem) {
  const lead =
    problem.code === 'invalid_json'
      ? 'The policy is not valid JSON'
      : problem.code === 'conflict'
        ? 'Someone else saved the policy since you opened it. Your edits are below; saving them replaces that version'
        : 'The policy has problems';
  const detail = problem.detail === undefined ? '' : `: ${escapeHtml(problem.detail)}`;
  const issues = problem.issues ?? [];
  return `<div role="alert" id="policy-problems" class="error problems">
<p><strong>Not saved.</strong> ${escapeHtml(lead)}${detail}${issues.length > 0 ? ':' : '.'} <code>${escapeHtml(problem.code)}</code></p>
${issues.length > 0 ? `<ul>${issues.map(issueItem).join('')}</ul>` : ''}
</div>`;
}

/**
 * The admin page: `<openreset-admin>` (the policy as a form generated from its schema, the
 * directory's status, the helpdesk) and `<openreset-activity>` (reports, charts, usage &
 * insights, the audit log), both over the `/api/admin` routes with the admin's session
 * cookie. Without JavaScript, the policy as JSON and the reports as tables (`<noscript>`).
 * After a refused save of that form, `edited` is the JSON the admin sent (kept in the form,
 * so nothing typed is lost), `editedRevision` the revision it was based on, and `problem`
 * why it was refused (`code`: `invalid_json`, `invalid_policy` with `issues`, or
 * `conflict`; `detail` for the JSON parser's message).
 */
export function adminPage({
  policy,
  revision,
  resets,
  registrations,
  edited,
  editedRevision = revision,
  problem,
}) {
  const rows = (items, columns) =>
    items
      .map(
        (item) =>
          `<tr>${columns.map((c) => `<td>${escapeHtml(item[c] ?? '')}</td>`).join('')}</tr>`,
      )
      .join('');
  const text = edited ?? JSON.stringify(policy, null, 2);
  return layout(
    problem === undefined ? 'Admin' : 'Policy not saved · Admin',
    `<h1>Administration</h1>
<p><a href="/account">My account</a> · <a href="/logout">Sign out</a> · <a href="/outbox" target="_blank">Outbox</a></p>
<openreset-admin api="/api"></openreset-admin>
<h2>Activity</h2>
<openreset-activity api="/api"></openreset-activity>
<noscript>
<h2>Policy (revision ${escapeHtml(revision)})</h2>
${problem === undefined ? '' : saveProblem(problem)}
<form method="post" action="/admin/policy">
  <label>Policy (JSON) <textarea name="policy" rows="20" cols="80" spellcheck="false"${problem === undefined ? '' : ' aria-invalid="true" aria-describedby="policy-problems"'}>${escapeHtml(text)}</textarea></label>
  <input type="hidden" name="revision" value="${escapeHtml(editedRevision)}">
  <button>Save policy</button>
</form>
<h2>Password reset activity (30 days)</h2>
<p><a href="/admin/reports/resets.csv">Download CSV</a></p>
<table><thead><tr><th>User</th><th>Role</th><th>Time</th><th>Methods</th><th>Result</th><th>Details</th></tr></thead>
<tbody>${rows(
      resets.map((r) => ({ ...r, methods: r.methods.join(', ') })),
      ['username', 'role', 'time', 'methods', 'result', 'detail'],
    )}</tbody></table>
<h2>Registration activity (30 days)</h2>
<p><a href="/admin/reports/registrations.csv">Download CSV</a></p>
<table><thead><tr><th>User</th><th>Role</th><th>Time</th><th>Action</th><th>Method</th></tr></thead>
<tbody>${rows(registrations, ['username', 'role', 'time', 'action', 'method'])}</tbody></table>
</noscript>`,
    ['/widgets/openreset-admin.js', '/widgets/openreset-activity.js'],
  );
}

/**
 * Every SMS, call and mail the dev outbox kept, newest first. No meta refresh (WCAG 2.2.1):
 * a "Refresh" link, and `/outbox.js` updates the list in place while "Update automatically"
 * is checked (WCAG 2.2.2: the box stops it).
 */
export function outboxPage(messages) {
  const item = (m) => {
    const body =
      m.channel === 'email'
        ? `<strong>${escapeHtml(m.message.subject)}</strong><pre>${escapeHtml(m.message.text)}</pre>`
        : m.channel === 'voice'
          ? `<p>${escapeHtml(m.message.intro)} <strong class="code">${escapeHtml(m.message.code)}</strong></p>`
          : `<p>${escapeHtml(m.message.text)}</p>`;
    return `<li><p class="meta">${escapeHtml(m.receivedAt.toISOString())} · ${escapeHtml(m.channel)} to <code>${escapeHtml(m.message.to)}</code></p>${body}</li>`;
  };
  return layout(
    'Outbox',
    `<h1>Outbox</h1>
<p>Development only: every message the demo "sent", with its code, newest first.</p>
<p><a href="/outbox">Refresh</a> · <a href="/outbox.json">JSON</a></p>
<p class="auto" hidden><label class="inline"><input type="checkbox" id="outbox-auto" checked> Update automatically</label></p>
<p id="outbox-status" role="status" class="meta"></p>
<div id="outbox-messages">
${messages.length === 0 ? '<p>Nothing sent yet.</p>' : `<ol class="outbox">${messages.map(item).join('')}</ol>`}
</div>`,
    ['/outbox.js'],
  );
}

/**
 * The outbox page's script (a file, as the pages' CSP allows no inline script): while
 * "Update automatically" is checked and the page is visible, fetches /outbox every 3 seconds
 * and swaps in its list when it changed, saying how many messages came in (role=status).
 */
export const OUTBOX_JS = `const toggle = document.getElementById('outbox-auto');
const status = document.getElementById('outbox-status');
toggle.closest('.auto').hidden = false;
const count = (messages) => messages.querySelectorAll('.outbox > li').length;

async function update() {
  if (!toggle.checked || document.hidden) return;
  try {
    const response = await fetch('/outbox', { cache: 'no-store' });
    if (!response.ok) return;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.getElementById('outbox-messages');
    const current = document.getElementById('outbox-messages');
    if (fresh === null || fresh.innerHTML === current.innerHTML) return;
    const added = count(fresh) - count(current);
    current.replaceWith(document.adoptNode(fresh));
    status.textContent =
      added === 1 ? '1 new message.' : added > 1 ? added + ' new messages.' : 'The list was updated.';
  } catch {
    // The demo stopped or restarts: try again at the next tick.
  }
}

setInterval(update, 3000);
`;

export const DEMO_CSS = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f5f6f8; color: #1a1a1a; }
main { max-width: 44rem; margin: 2rem auto; padding: 2rem; background: #fff; border-radius: 8px; }
main:has(openreset-admin) { max-width: 68rem; }
label { display: block; margin-block: 0.75rem; }
input, textarea { display: block; inline-size: 100%; padding: 0.5rem; font: inherit; box-sizing: border-box; }
button { margin-block: 0.75rem; padding: 0.5rem 1.25rem; font: inherit; }
.error { color: #a40000; }
.hint { margin-block-start: 2rem; font-size: 0.9rem; color: #444; }
table { border-collapse: collapse; inline-size: 100%; font-size: 0.85rem; }
td, th { border: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: start; }
.inline { display: inline; }
.inline input { display: inline; inline-size: auto; margin-inline-end: 0.25rem; }
.problems { overflow-wrap: anywhere; }
.outbox { padding-inline-start: 1.5rem; }
.outbox li { border-block-end: 1px solid #eee; padding-block: 0.5rem; overflow-wrap: anywhere; }
.outbox pre { white-space: pre-wrap; font-size: 0.85rem; }
.meta { color: #666; font-size: 0.85rem; }
.code { font-size: 1.25rem; letter-spacing: 0.2em; }
`;
