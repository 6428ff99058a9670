import { HttpError, HttpErrorCode } from './http-error.js';

/** Options for {@link readJsonBody}. */
export interface ReadJsonBodyOptions {
  /** The most bytes read before answering 413. */
  maxBytes: number;
  /** Whether an empty body reads as `undefined` (else it is malformed JSON). */
  allowEmpty: boolean;
}

/**
 * Reads a request body as UTF-8 JSON, counting bytes as they arrive: a chunked body without
 * `Content-Length` (or one that lies about it) is cut off at `maxBytes` with 413, not buffered.
 * `read` is the body already read (see {@link readBodyBytes}); its refusal is raised here.
 *
 * @throws {HttpError} `payload_too_large` (413) or `invalid_json` (400).
 */
export async function readJsonBody(
  request: Request,
  options: ReadJsonBodyOptions,
  read?: BodyBytes,
): Promise<unknown> {
  const body = read ?? (await readBodyBytes(request, options.maxBytes));
  if ('refused' in body) throw body.refused;
  return parseJsonBytes(body.bytes, options.allowEmpty);
}

/** A request body read ahead of its parsing: its bytes, or the refusal reading it met. */
export type BodyBytes = { readonly bytes: Uint8Array } | { readonly refused: HttpError };

/**
 * Reads the body's bytes, at most `maxBytes` (a larger declared `Content-Length` is refused
 * unread). It never throws: a refusal (413, or 400 for a broken stream) is returned, for the
 * caller to raise where the body is parsed, so refusals keep their order.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<BodyBytes> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    return { refused: new HttpError(413, HttpErrorCode.PayloadTooLarge) };
  }
  try {
    return { bytes: await readBytes(request, maxBytes) };
  } catch (error) {
    if (error instanceof HttpError) return { refused: error };
    throw error;
  }
}

/**
 * The JSON in a body's bytes (UTF-8); an empty body is `undefined` when `allowEmpty`.
 *
 * @throws {HttpError} `invalid_json` (400).
 */
function parseJsonBytes(bytes: Uint8Array, allowEmpty: boolean): unknown {
  if (bytes.byteLength === 0) {
    if (allowEmpty) return undefined;
    throw new HttpError(400, HttpErrorCode.InvalidJson);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new HttpError(400, HttpErrorCode.InvalidJson);
  }
  if (text.trim().length === 0 && allowEmpty) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, HttpErrorCode.InvalidJson);
  }
}

async function readBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const body = request.body;
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Stop reading at once: the rest of the stream is never pulled.
        await reader.cancel().catch(() => undefined);
        throw new HttpError(413, HttpErrorCode.PayloadTooLarge);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // The client aborted or sent a broken stream: a bad request, not a server fault.
    throw new HttpError(400, HttpErrorCode.InvalidJson);
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
