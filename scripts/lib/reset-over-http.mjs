// One reset over the HTTP API, as a browser's widget would do it: start, the email method
// (confirming the whole address, as the flow asks), its code from the mail, verify, a new
// password. Shared by the packed-tarball projects
// (scripts/tarball-install.mjs copies this file into each) and the server's tests, so every
// "a reset works through X" check does the same thing. Plain JavaScript, Node.js only.
import assert from 'node:assert/strict';

/**
 * Runs one reset of `identifier` through the API at `apiUrl` (e.g. `http://127.0.0.1:3000/api`).
 * `nextEmailText()` is called just before the code is asked for and must resolve to the text
 * of the next mail sent (the code is the first run of 6 to 8 digits in it).
 */
export async function resetOverHttp({
  apiUrl,
  identifier = 'alice',
  email = `${identifier}@example.com`,
  newPassword = 'a brand new passphrase for the test user',
  nextEmailText,
  origin,
}) {
  const post = async (path, body) => {
    const response = await fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
      body: JSON.stringify(body),
    });
    const json = await response.json();
    assert.equal(response.status, 200, `${path}: ${JSON.stringify(json)}`);
    return json;
  };
  const started = await post('/reset', { identifier });
  const method = started.methods.find((m) => m.type === 'email');
  assert.ok(method, `an email method is offered: ${JSON.stringify(started)}`);
  const mail = nextEmailText();
  await post('/reset/challenge', {
    flowToken: started.flowToken,
    methodId: method.id,
    confirm: email,
  });
  const code = (await mail).match(/(?<!\d)(\d{6,8})(?!\d)/)?.[1];
  assert.ok(code, 'the email holds a code');
  const verified = await post('/reset/verify', {
    flowToken: started.flowToken,
    methodId: method.id,
    code,
  });
  assert.equal(verified.state, 'verified');
  const done = await post('/reset/complete', { flowToken: started.flowToken, newPassword });
  assert.equal(done.state, 'completed');
  return started.flowToken;
}
