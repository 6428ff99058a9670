/**
 * `@openreset/adapters/node`: mounts a fetch handler (`engine.handler`) on `node:http`, or on
 * anything built on it (Express, Connect, Fastify's raw server).
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { nodeClientIp, toNodeHandler } from '@openreset/adapters/node';
 *
 * const engine = createOpenReset({ storage, directory, keys, http: { basePath: '/api', clientIp: nodeClientIp } });
 * createServer(toNodeHandler(engine.handler, { origin: 'https://id.example.com' })).listen(3000);
 * ```
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * The public origin (`https://id.example.com`) the `Request` URL is built from. Only the
   * path and query come from the request line; `Host` and `X-Forwarded-Host` are never read.
   * @default "http://localhost"
   */
  origin?: string;
  /**
   * Called when the handler throws (answered 500 `internal` without details) or the response
   * body fails midway, for the host's logs.
   * @default none
   */
  onError?: (error: unknown, request: Request) => void;
}

/** A fetch handler: `(request) => response`, such as `engine.handler`. */
export type FetchHandler = (request: Request) => Promise<Response>;

/** A `node:http` request listener; also an Express or Connect middleware. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The peer address of every `Request` {@link toNodeHandler} built, for {@link nodeClientIp}. */
const peers = new WeakMap<Request, string>();

const NO_BODY = new Set(['GET', 'HEAD']);
const INTERNAL_ERROR = '{"error":{"code":"internal"}}';
const BAD_REQUEST = '{"error":{"code":"invalid_request"}}';

/**
 * The connection's peer address (`req.socket.remoteAddress`) of a `Request` that
 * {@link toNodeHandler} built; `undefined` for any other. Pass it as the handler's `clientIp`
 * so per-IP limits count the real client: unlike a header, nobody can forge it.
 *
 * @example
 * ```ts
 * createOpenReset({ storage, directory, keys, http: { clientIp: nodeClientIp } });
 * ```
 */
export function nodeClientIp(request: Request): string | undefined {
  return peers.get(request);
}

/**
 * Adapts a fetch handler to `node:http`: the request becomes a `Request` (method, path and
 * query below `options.origin`, headers, the body streamed as it arrives, a `signal` that
 * aborts when the client goes away) and the `Response` is written back (status, headers with
 * every `Set-Cookie`, the body streamed with backpressure).
 *
 * Under Express or Connect the URL is `req.originalUrl`, the path before the framework
 * stripped the mount prefix: `app.use('/api', toNodeHandler(engine.handler))` goes with
 * `http: { basePath: '/api' }`. Mount it before any body parser, which would drain the body.
 *
 * If the handler throws, the answer is 500 `{"error":{"code":"internal"}}` with no details
 * (`engine.handler` itself never throws). The returned promise never rejects.
 *
 * @throws {TypeError} at once when `options.origin` is not an origin (`https://host[:port]`).
 *
 * @example
 * ```ts
 * createServer(toNodeHandler(engine.handler, { origin: 'https://id.example.com' })).listen(3000);
 * ```
 */
export function toNodeHandler(
  handler: FetchHandler,
  options: NodeHandlerOptions = {},
): NodeHandler {
  if (typeof handler !== 'function') throw new TypeError('handler must be a function');
  const origin = checkOrigin(options.origin ?? 'http://localhost');

  return async function nodeHandler(req, res) {
    const controller = new AbortController();
    // `req` closes once its body is read; only the response closing early means the client left.
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });

    let request: Request;
    const body = NO_BODY.has(req.method?.toUpperCase() ?? 'GET') ? undefined : bodyOf(req);
    try {
      request = toRequest(req, origin, controller.signal, body?.stream);
    } catch {
      // A request target the URL parser refuses: the client's fault, not the handler's.
      body?.release();
      sendJson(res, 400, BAD_REQUEST);
      return;
    }
    if (req.socket.remoteAddress !== undefined) peers.set(request, req.socket.remoteAddress);

    try {
      const response = await handler(request);
      await writeResponse(req, res, response, (error) => report(options, error, request));
    } catch (error) {
      // The handler threw (or its Response could not be written): no details go out.
      report(options, error, request);
      sendJson(res, 500, INTERNAL_ERROR);
    } finally {
      // Whatever of the body the handler left unread is discarded, so a kept-alive
      // connection can carry the next request.
      body?.release();
    }
  };
}

function checkOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new TypeError('origin must be an origin such as "https://id.example.com"');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
    throw new TypeError('origin must be an origin such as "https://id.example.com"');
  }
  return origin;
}

function toRequest(
  req: IncomingMessage,
  origin: string,
  signal: AbortSignal,
  body: ReadableStream<Uint8Array> | undefined,
): Request {
  const method = req.method ?? 'GET';
  const url = new URL(`${origin}${pathOf(req)}`);
  // Another origin in the target (a path starting with "//" is still a path here) is refused.
  if (url.origin !== origin) throw new TypeError('request target outside the origin');

  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] as string;
    // HTTP/2 pseudo-headers (`:path`) are not header fields.
    if (!name.startsWith(':')) headers.append(name, raw[i + 1] as string);
  }

  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal };
  if (body !== undefined) {
    init.body = body;
    // A streamed request body needs `duplex: 'half'` (the response may start before it ends).
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/** The path and query the client asked for, before a framework stripped a mount prefix. */
function pathOf(req: IncomingMessage): string {
  const target = (req as IncomingMessage & { originalUrl?: unknown }).originalUrl ?? req.url;
  if (typeof target !== 'string' || target.length === 0) throw new TypeError('no request target');
  if (target.startsWith('/')) return target;
  // The absolute form (`GET http://host/path`), which servers must accept (RFC 9112 3.2.2):
  // its path and query only, never its host.
  const absolute = new URL(target);
  return `${absolute.pathname}${absolute.search}`;
}

/** A request body as a web stream, and how to let go of it. */
interface NodeBody {
  stream: ReadableStream<Uint8Array>;
  /** Stops feeding the stream and discards the rest of the body. Idempotent. */
  release(): void;
}

/**
 * The request body as a web stream that reads only as fast as the handler pulls. Cancelling
 * it (the handler's 413) stops buffering and discards the rest instead of destroying `req`,
 * which would close the socket before the response is written.
 */
function bodyOf(req: IncomingMessage): NodeBody {
  let settled = false;
  const onData = (chunk: Buffer) => {
    if (settled) return;
    controller?.enqueue(chunk);
    if ((controller?.desiredSize ?? 0) <= 0) req.pause();
  };
  const onEnd = () => {
    if (settled) return;
    settled = true;
    detach();
    controller?.close();
  };
  const onError = (error: Error) => {
    if (settled) return;
    settled = true;
    detach();
    controller?.error(error);
  };
  // The client went away before the body ended.
  const onClose = () => onError(new Error('the request body ended early'));
  const detach = () => {
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    req.off('close', onClose);
  };
  const release = () => {
    if (!settled) {
      settled = true;
      detach();
    }
    // With no `data` listener left, a flowing stream drops what arrives.
    if (!req.readableEnded) req.resume();
  };
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;

  const stream = new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        req.on('data', onData);
        req.on('end', onEnd);
        req.on('error', onError);
        req.on('close', onClose);
        req.pause();
      },
      pull() {
        req.resume();
      },
      cancel: release,
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
  return { stream, release };
}

async function writeResponse(
  req: IncomingMessage,
  res: ServerResponse,
  response: Response,
  onError: (error: unknown) => void,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') headers[name] = value;
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  if (response.statusText === '') res.writeHead(response.status, headers);
  else res.writeHead(response.status, response.statusText, headers);

  const body = response.body;
  // Node writes no body for HEAD, 204 and 304; do not leave the handler's stream pending.
  if (
    body === null ||
    req.method === 'HEAD' ||
    response.status === 204 ||
    response.status === 304
  ) {
    await body?.cancel().catch(() => undefined);
    res.end();
    return;
  }
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) {
        await reader.cancel().catch(() => undefined);
        return;
      }
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch (error) {
    // The status line is out: all that is left is to cut the connection.
    onError(error);
    await reader.cancel(error).catch(() => undefined);
    res.destroy();
  }
}

/** Resolves when `res` can take more, or is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

function sendJson(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function report(options: NodeHandlerOptions, error: unknown, request: Request): void {
  try {
    options.onError?.(error, request);
  } catch {
    // A failing logger must not turn into another error.
  }
}
