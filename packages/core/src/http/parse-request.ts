import type { z } from 'zod';
import { HttpError, HttpErrorCode, type HttpIssue } from './http-error.js';
import type { RouteDefinition } from './http-routes.js';
import { type BodyBytes, readJsonBody } from './read-json-body.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence: a state-changing request must say `Content-Type: application/json` (UTF-8),
 * which a cross-site form or a simple fetch cannot send.
 *
 * @throws {HttpError} `unsupported_media_type` (415).
 */
export function requireJsonContentType(method: string, request: Request): void {
  if (STATE_CHANGING.has(method) && !isJsonContentType(request.headers.get('content-type'))) {
    throw new HttpError(415, HttpErrorCode.UnsupportedMediaType);
  }
}

function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  const [type, ...parameters] = value.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name, setting] = parameter.split('=').map((part) => part.trim());
    return name !== 'charset' || setting === 'utf-8' || setting === '"utf-8"';
  });
}

/**
 * The query string, parsed by the route's schema. A repeated parameter is refused (parameter
 * pollution), and so is any parameter on a route without a query schema.
 *
 * @throws {HttpError} `invalid_request` (400) with `issues`.
 */
export function parseQuery(params: URLSearchParams, schema: z.ZodType | undefined): unknown {
  const query: Record<string, string> = {};
  const repeated: HttpIssue[] = [];
  for (const [key, value] of params) {
    if (Object.hasOwn(query, key)) {
      repeated.push({ path: key.slice(0, 64), code: 'duplicate_parameter' });
    }
    query[key] = value;
  }
  if (repeated.length > 0) {
    // Parameter pollution: `?limit=1&limit=1000` means nothing we would act on.
    throw new HttpError(400, HttpErrorCode.InvalidRequest, { issues: repeated.slice(0, 5) });
  }
  if (schema === undefined) {
    const keys = Object.keys(query);
    if (keys.length === 0) return undefined;
    throw new HttpError(400, HttpErrorCode.InvalidRequest, {
      issues: keys
        .slice(0, 5)
        .map((key) => ({ path: key.slice(0, 64), code: 'unrecognized_keys' })),
    });
  }
  return parseWith(schema, query);
}

/**
 * The JSON body, at most `maxBytes`, parsed by the route's schema; a route whose body is
 * optional reads an empty one as `{}`. A route without a body schema reads no body. `read` is
 * the body already read (see `readJsonBody`).
 *
 * @throws {HttpError} `payload_too_large` (413), `invalid_json` or `invalid_request` (400).
 */
export async function parseBody(
  request: Request,
  route: Pick<RouteDefinition, 'body' | 'bodyOptional'>,
  maxBytes: number,
  read?: BodyBytes,
): Promise<unknown> {
  if (route.body === undefined) return undefined;
  const raw = await readJsonBody(
    request,
    { maxBytes, allowEmpty: route.bodyOptional === true },
    read,
  );
  return parseWith(route.body, raw === undefined ? {} : raw);
}

function parseWith(schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new HttpError(400, HttpErrorCode.InvalidRequest, {
    issues: result.error.issues.slice(0, 20).flatMap(toHttpIssues),
  });
}

/** A zod issue as the client sees it: where and what, no English and no echo of the input. */
function toHttpIssues(issue: z.core.$ZodIssue): HttpIssue[] {
  if (issue.code === 'unrecognized_keys') {
    // Name at most a few unknown keys, cut short: they are the client's own input.
    return issue.keys
      .slice(0, 5)
      .map((key) => ({ path: [...issue.path, key.slice(0, 64)].join('.'), code: issue.code }));
  }
  const result: HttpIssue = { path: issue.path.map(String).join('.'), code: issue.code };
  if (issue.code === 'too_small') result.minimum = Number(issue.minimum);
  if (issue.code === 'too_big') result.maximum = Number(issue.maximum);
  return [result];
}
