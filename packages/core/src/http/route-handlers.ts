import type { z } from 'zod';
import type { Caller } from './caller.js';
import type { OperationId, ROUTES } from './http-routes.js';

type Route<K extends OperationId> = (typeof ROUTES)[K];

type BodyOf<K extends OperationId> =
  Route<K> extends { body: infer B extends z.ZodType } ? z.output<B> : undefined;

type QueryOf<K extends OperationId> =
  Route<K> extends { query: infer Q extends z.ZodType } ? z.output<Q> : undefined;

/** The `{id}` path parameter: a string on the routes whose path has one. */
type IdOf<K extends OperationId> = Route<K>['path'] extends `${string}{id}${string}`
  ? string
  : undefined;

/** Signed-in routes are only reached with a caller (the dispatcher answers 401 before). */
type CallerOf<K extends OperationId> = Route<K>['access'] extends 'public' ? null : Caller;

/** What a route's function gets: the request, parsed and checked against its definition. */
export interface RouteContext<K extends OperationId> {
  request: Request;
  body: BodyOf<K>;
  query: QueryOf<K>;
  /** The decoded `{id}` path parameter. */
  id: IdOf<K>;
  caller: CallerOf<K>;
  /** The client address, when known. */
  ip: string | undefined;
}

/** What a route's function returns; the handler adds the common headers. */
export interface RouteResult {
  /** @default 200 */
  status?: number;
  /** The body, sent as JSON. */
  json?: unknown;
  /** The body, sent as a CSV attachment instead of JSON. */
  csv?: string;
  headers?: Record<string, string>;
  /** A request header the response depends on, besides `Origin`. */
  vary?: string;
}

/** One function per route of `ROUTES`, keyed by operation id. */
export type RouteHandlers = {
  [K in OperationId]: (context: RouteContext<K>) => Promise<RouteResult>;
};

/**
 * A route's function as the dispatcher calls it, with the context's types erased: the router,
 * the access check and the schemas are what make each value the type its route expects.
 */
export type DispatchedRouteHandler = (context: {
  request: Request;
  body: unknown;
  query: unknown;
  id: string | undefined;
  caller: Caller | null;
  ip: string | undefined;
}) => Promise<RouteResult>;

/** The tenant the routes act on; `undefined` for the engine's own. */
export interface TenantScope {
  tenantId: string | undefined;
}
