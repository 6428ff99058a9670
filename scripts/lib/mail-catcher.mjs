// A local SMTP server (smtp-server, plain, no auth) that hands each verification-code mail
// to whoever awaits the next one: what the recipe and tarball tests give an app as its
// OPENRESET_SMTP_URL. Node.js only; the repository's devDependencies.
import { once } from 'node:events';
import { SMTPServer } from 'smtp-server';

const CODE_LINE = 'confirm that it is you:';

/**
 * Starts the catcher on 127.0.0.1 and a free port.
 * @returns {Promise<{ url: string, nextEmailText: () => Promise<string>, close: () => Promise<void> }>}
 */
export async function startMailCatcher() {
  /** @type {((text: string) => void)[]} */
  const waiting = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      /** @type {Buffer[]} */
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        // Quoted-printable soft breaks undone; only code mails (not a "password reset" notice).
        const text = Buffer.concat(chunks)
          .toString('utf8')
          .replace(/=\r?\n/g, '');
        const at = text.indexOf(CODE_LINE);
        if (at !== -1) waiting.shift()?.(text.slice(at));
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    nextEmailText: () => new Promise((resolve) => waiting.push(resolve)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
