/** The demo's one page: the policy's password rules and a form to try them. */
export function renderPage(policy) {
  const rules = policy.password;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OpenReset demo: password rules</title>
</head>
<body>
<main>
<h1>OpenReset: try the password rules</h1>
<p>Default policy for ${escapeHtml(policy.branding.orgName)}: ${rules.minLength} to ${rules.maxLength}
characters, no composition rules, common and custom banned terms scored as in Entra Password
Protection, breached-password check against the bundled list.</p>
<form>
<label>Username <input name="username" autocomplete="username"></label>
<label>New password <input name="password" type="password" autocomplete="new-password" required></label>
<button>Check</button>
</form>
<output aria-live="polite"></output>
</main>
<script type="module" src="/page.js"></script>
</body>
</html>`;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
