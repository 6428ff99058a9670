// The demo's HTML pages. Every value put into a page is escaped.

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function layout(title, body, scripts = []) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · OpenReset demo</title>
<link rel="stylesheet" href="/demo.css">
${scripts.map((tag) => `<script type="module" src="/widgets/${tag}.js"></script>`).join('\n')}
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
 * opens the reset flow in a dialog; without JavaScript, a plain link goes to /reset.
 */
export function loginPage({ error, users }) {
  return layout(
    'Sign in',
    `<h1>Sign in</h1>
${error === undefined ? '' : `<p role="alert" class="error">${escapeHtml(error)}</p>`}
<form method="post" action="/login">
  <label>Username or email <input name="identifier" autocomplete="username" required></label>
  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
  <button>Sign in</button>
</form>
<openreset-link api="/api"></openreset-link>
<noscript><a href="/reset">Can't access your account?</a></noscript>
<section class="hint">
  <h2>Demo accounts</h2>
  <ul>${users.map((u) => `<li><code>${escapeHtml(u.username)}</code> / <code>${escapeHtml(u.password)}</code> — ${escapeHtml(u.note)}</li>`).join('')}</ul>
  <p>Codes sent by SMS, call or email appear in the <a href="/outbox">outbox</a>.</p>
</section>`,
    ['openreset-link'],
  );
}

/**
 * The reset page a link without a dialog goes to. `locale` (from `?locale=nl`, a BCP 47 tag)
 * is the widget's language; without it the widget follows the browser.
 */
export function resetPage({ locale } = {}) {
  const chosen = typeof locale === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale);
  return layout(
    'Reset your password',
    `<h1>Can't access your account?</h1>
<openreset-reset api="/api"${chosen ? ` locale="${escapeHtml(locale)}"` : ''}><p>This page needs JavaScript and the OpenReset widgets (npm run build).</p></openreset-reset>
<p><a href="/">Back to sign in</a> · <a href="/outbox" target="_blank">Outbox</a></p>`,
    ['openreset-reset'],
  );
}

/** "My account": recovery methods and password change. */
export function accountPage({ user, expired }) {
  return layout(
    'My account',
    `<h1>Hello, ${escapeHtml(user.displayName ?? user.username)}</h1>
<p><a href="/logout">Sign out</a>${user.isAdmin ? ' · <a href="/admin">Admin</a>' : ''} · <a href="/outbox" target="_blank">Outbox</a></p>
${expired ? '<p role="alert" class="error">Your password has expired: choose a new one.</p>' : ''}
<h2>Change your password</h2>
<openreset-change api="/api"${expired ? ' expired' : ''}></openreset-change>
<h2>Recovery methods</h2>
<openreset-register api="/api"></openreset-register>`,
    ['openreset-change', 'openreset-register'],
  );
}

/** The admin page: the policy and the reports. */
export function adminPage({ policy, revision, resets, registrations }) {
  const rows = (items, columns) =>
    items
      .map(
        (item) =>
          `<tr>${columns.map((c) => `<td>${escapeHtml(item[c] ?? '')}</td>`).join('')}</tr>`,
      )
      .join('');
  return layout(
    'Admin',
    `<h1>Administration</h1>
<p><a href="/account">My account</a> · <a href="/logout">Sign out</a></p>
<h2>Policy (revision ${revision})</h2>
<form method="post" action="/admin/policy">
  <label>Policy (JSON) <textarea name="policy" rows="20" cols="80">${escapeHtml(JSON.stringify(policy, null, 2))}</textarea></label>
  <input type="hidden" name="revision" value="${revision}">
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
<tbody>${rows(registrations, ['username', 'role', 'time', 'action', 'method'])}</tbody></table>`,
  );
}

/** Every SMS, call and mail the dev outbox kept, newest first; refreshes itself. */
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
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
<title>Outbox · OpenReset demo</title><link rel="stylesheet" href="/demo.css"></head>
<body><main><h1>Outbox</h1>
<p>Development only: every message the demo "sent", with its code. <a href="/outbox.json">JSON</a></p>
<ol class="outbox">${messages.map(item).join('')}</ol>
${messages.length === 0 ? '<p>Nothing sent yet.</p>' : ''}
</main></body></html>`;
}

export const DEMO_CSS = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f5f6f8; color: #1a1a1a; }
main { max-width: 44rem; margin: 2rem auto; padding: 2rem; background: #fff; border-radius: 8px; }
label { display: block; margin-block: 0.75rem; }
input, textarea { display: block; inline-size: 100%; padding: 0.5rem; font: inherit; box-sizing: border-box; }
button { margin-block: 0.75rem; padding: 0.5rem 1.25rem; font: inherit; }
.error { color: #a40000; }
.hint { margin-block-start: 2rem; font-size: 0.9rem; color: #444; }
table { border-collapse: collapse; inline-size: 100%; font-size: 0.85rem; }
td, th { border: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: start; }
.outbox li { border-block-end: 1px solid #eee; padding-block: 0.5rem; }
.meta { color: #666; font-size: 0.85rem; }
.code { font-size: 1.25rem; letter-spacing: 0.2em; }
`;
