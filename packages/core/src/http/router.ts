import { HttpError, HttpErrorCode } from './http-error.js';

/** What the router needs of a route: its method and its path, with at most one `{id}`. */
export interface RoutePattern {
  method: string;
  path: string;
}

/** A route the router found, with its decoded `{id}` path parameter (if the path has one). */
export interface MatchedRoute<K extends string, R extends RoutePattern> {
  key: K;
  definition: R;
  id: string | undefined;
}

/** What a path and method match: the methods the path has, and the route for this one. */
export interface RouteMatch<K extends string, R extends RoutePattern> {
  /** The path's methods, as the `Allow` header lists them. */
  allow: string;
  /** The route for the request's method; `null` when the path does not take it. */
  route: MatchedRoute<K, R> | null;
}

/** Finds the route for a method and a path below `basePath`. */
export type Router<K extends string, R extends RoutePattern> = (
  method: string,
  path: string,
) => RouteMatch<K, R>;

/**
 * Creates a small router over a table of routes: each path compiles once to a pattern, and
 * `{id}` matches one path segment (percent-decoded, 1-128 characters).
 *
 * @example
 * ```ts
 * const match = createRouter(ROUTES);
 * const { allow, route } = match('DELETE', '/me/methods/m1'); // route.key === 'removeMethod'
 * ```
 */
export function createRouter<K extends string, R extends RoutePattern>(
  routes: Readonly<Record<K, R>>,
): Router<K, R> {
  const compiled = (Object.entries(routes) as [K, R][]).map(([key, definition]) => ({
    key,
    definition,
    // Literal path characters (the `.` of `/openapi.json`) are escaped; `{id}` is one segment.
    pattern: new RegExp(
      `^${definition.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{id}', '([^/]+)')}$`,
    ),
  }));

  /** @throws {HttpError} `not_found` (404) for a path no route has, or a bad `{id}`. */
  return function match(method, path) {
    const matches = compiled
      .map((entry) => ({ entry, match: entry.pattern.exec(path) }))
      .filter((found) => found.match !== null);
    if (matches.length === 0) throw new HttpError(404, HttpErrorCode.NotFound);
    const allow = [...new Set(matches.map((found) => found.entry.definition.method))].join(', ');
    const found = matches.find((candidate) => candidate.entry.definition.method === method);
    if (found === undefined) return { allow, route: null };
    const { key, definition } = found.entry;
    const segment = found.match?.[1];
    return {
      allow,
      route: { key, definition, id: segment === undefined ? undefined : idOf(segment) },
    };
  };
}

function idOf(segment: string): string {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw new HttpError(404, HttpErrorCode.NotFound);
  }
  if (id.length === 0 || id.length > 128) throw new HttpError(404, HttpErrorCode.NotFound);
  return id;
}
