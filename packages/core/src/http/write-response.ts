import type { Cors } from './cors.js';
import type { RouteResult } from './route-handlers.js';

/** What every response gets. */
export interface ResponseWriterOptions {
  /** The headers on every response. */
  securityHeaders: Readonly<Record<string, string>>;
  cors: Cors;
  /** The size bucket padded bodies are filled up to. */
  paddingBytes: number;
}

/** How one response is written. */
export interface WriteOptions {
  /** Pad the JSON body to the size bucket (the `/reset*` routes, enumeration safety). */
  padded: boolean;
}

/** Turns a route's result (or an error's) into the response to `request`. */
export type ResponseWriter = (
  request: Request,
  result: RouteResult,
  options: WriteOptions,
) => Response;

/**
 * Creates the writer of every response: the security and CORS headers, `Vary`, the route's
 * own headers, then the body as JSON (padded where asked) or as a CSV attachment.
 */
export function createResponseWriter(options: ResponseWriterOptions): ResponseWriter {
  return function writeResponse(request, result, { padded }) {
    const headers = new Headers(options.securityHeaders);
    headers.set('vary', result.vary === undefined ? 'Origin' : `Origin, ${result.vary}`);
    options.cors.addHeaders(headers, request);
    for (const [name, value] of Object.entries(result.headers ?? {})) headers.set(name, value);
    const status = result.status ?? 200;
    if (status === 204) return new Response(null, { status, headers });
    if (result.csv !== undefined) {
      headers.set('content-type', 'text/csv; charset=utf-8');
      headers.set('content-disposition', 'attachment; filename="report.csv"');
      return new Response(result.csv, { status, headers });
    }
    headers.set('content-type', 'application/json; charset=utf-8');
    const text = JSON.stringify(result.json ?? null);
    return new Response(padded ? pad(text, options.paddingBytes) : text, { status, headers });
  };
}

/** Pads JSON with trailing spaces to a multiple of `bucket` bytes (JSON allows them). */
function pad(text: string, bucket: number): string {
  const length = new TextEncoder().encode(text).byteLength;
  const remainder = length % bucket;
  return remainder === 0 ? text : text + ' '.repeat(bucket - remainder);
}
