// The OpenReset demo server (`npm start` at the repository root).
// This release of the engine ships policy and password rules; the demo serves a page that
// checks passwords against the default policy through the real engine, so the rules can be
// tried by hand. The full reset, registration and admin demo comes with later releases.
import { createServer } from 'node:http';
import { createOpenReset, createPbkdf2Hasher } from '@openreset/core';
import { createMemoryDirectory, createMemoryStorage } from '@openreset/core/memory';
import { renderPage } from './page.mjs';

const port = Number(process.env.PORT ?? 8080);
const maxBody = 16 * 1024;

const engine = createOpenReset({
  storage: createMemoryStorage(),
  directory: createMemoryDirectory({ users: [], hasher: createPbkdf2Hasher() }),
  // This demo keeps nothing across restarts, so a fresh random key per start is enough.
  keys: [{ id: 'demo', secret: crypto.getRandomValues(new Uint8Array(32)) }],
  policy: { branding: { orgName: 'Contoso' }, password: { customBannedTerms: ['contoso'] } },
});

const server = createServer(async (request, response) => {
  const send = (status, type, body) => {
    response.writeHead(status, {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    });
    response.end(body);
  };
  try {
    if (request.method === 'GET' && request.url === '/') {
      const { policy } = await engine.admin.getPolicy();
      return send(200, 'text/html; charset=utf-8', renderPage(policy));
    }
    if (request.method === 'GET' && request.url === '/page.js') {
      return send(200, 'text/javascript; charset=utf-8', PAGE_SCRIPT);
    }
    if (request.method === 'POST' && request.url === '/check') {
      const body = await readJson(request);
      if (body === undefined || typeof body.password !== 'string') {
        return send(
          400,
          'application/json',
          JSON.stringify({ error: { code: 'invalid_request' } }),
        );
      }
      const context = {
        orgName: 'Contoso',
        username: typeof body.username === 'string' ? body.username : undefined,
      };
      const result = await engine.checkPassword(body.password, context);
      return send(200, 'application/json', JSON.stringify(result));
    }
    return send(404, 'application/json', JSON.stringify({ error: { code: 'not_found' } }));
  } catch {
    return send(500, 'application/json', JSON.stringify({ error: { code: 'internal' } }));
  }
});

async function readJson(request) {
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > maxBody) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

const PAGE_SCRIPT = `
const form = document.querySelector('form');
const out = document.querySelector('output');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(form));
  const response = await fetch('/check', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  });
  out.textContent = JSON.stringify(await response.json(), null, 2);
});
`;

server.listen(port, '127.0.0.1', () => {
  console.log(`OpenReset demo on http://localhost:${port}/ (Ctrl+C to stop)`);
});
