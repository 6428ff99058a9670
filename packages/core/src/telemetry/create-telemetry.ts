import type { AuditEvent } from '../audit/audit-event.js';
import { ROUTES } from '../http/http-routes.js';
import { createRouter } from '../http/router.js';
import type { OutboxMessage } from '../ports/storage.js';

/** Attribute values as OpenTelemetry takes them. */
export type TelemetryAttributes = Record<string, string | number | boolean>;

/** The part of an OpenTelemetry `Span` the engine uses. */
export interface TelemetrySpan {
  setAttribute(key: string, value: string | number | boolean): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  end(): void;
}

/** The part of an OpenTelemetry `Tracer` the engine uses. */
export interface TelemetryTracer {
  startSpan(
    name: string,
    options?: { kind?: number; attributes?: TelemetryAttributes },
  ): TelemetrySpan;
}

/** The part of an OpenTelemetry `Meter` the engine uses. */
export interface TelemetryMeter {
  createCounter(
    name: string,
    options?: { description?: string; unit?: string },
  ): { add(value: number, attributes?: TelemetryAttributes): void };
  createHistogram(
    name: string,
    options?: { description?: string; unit?: string },
  ): { record(value: number, attributes?: TelemetryAttributes): void };
}

/**
 * The `@opentelemetry/api` module (1.x), or anything shaped like the part of it the engine
 * uses: pass `import * as otel from '@opentelemetry/api'` as `options.telemetry`. Core never
 * imports it, so it stays an optional peer and runs anywhere; spans and metrics go to the
 * providers the host's SDK registered (none: the API's no-ops).
 */
export interface TelemetryApi {
  trace: { getTracer(name: string, version?: string): TelemetryTracer };
  metrics: { getMeter(name: string, version?: string): TelemetryMeter };
}

/** The engine's instruments, fed by the audit log, the dispatcher and the HTTP handler. */
export interface Telemetry {
  /** Counts flows started and finished, and messages sent or failed, from an audit event. */
  recordAudit(event: AuditEvent): void;
  /** Records a message's outbox lag (queued to accepted by its provider), when it was sent. */
  recordDelivery(message: OutboxMessage, outcome: 'sent' | 'retrying' | 'failed', now: Date): void;
  /** The handler, with a span and a duration per request, by route template. */
  wrapHandler(
    handler: (request: Request) => Promise<Response>,
    basePath: string,
  ): (request: Request) => Promise<Response>;
}

/** The instrumentation scope's name. */
export const TELEMETRY_SCOPE = '@openreset/core';

/** `SpanStatusCode.ERROR` and `SpanKind.SERVER` of the OpenTelemetry API (stable numbers). */
const STATUS_ERROR = 2;
const KIND_SERVER = 1;

/** How each audit event ends a flow, for `openreset.flows.completed`. */
const FLOW_RESULTS: Partial<Record<AuditEvent['type'], string>> = {
  'password.reset': 'reset',
  'account.unlocked': 'unlocked',
  'flow.canceled': 'canceled',
  'flow.abandoned': 'abandoned',
  'flow.blocked': 'blocked',
};

/**
 * The engine's spans and metrics through the host's OpenTelemetry API:
 *
 * - `openreset.flows.started` (counter; `openreset.intent`: `reset` or `unlock`);
 * - `openreset.flows.completed` (counter; `openreset.result`: `reset`, `unlocked`,
 *   `canceled`, `abandoned`, `blocked`);
 * - `openreset.messages` (counter; `openreset.channel`, `openreset.result`: `sent` or
 *   `failed`, final outcomes only);
 * - `openreset.outbox.lag` (histogram, seconds; `openreset.channel`): queued to sent;
 * - `openreset.request.duration` (histogram, seconds; `http.route` as a template such as
 *   `/reset/verify`, `http.request.method`, `http.response.status_code`): its p95 per route
 *   is the latency to watch; and a span `openreset <METHOD> <route>` per request.
 *
 * Attributes never hold a user, address, token or code.
 */
export function createTelemetry(api: TelemetryApi): Telemetry {
  if (typeof api?.trace?.getTracer !== 'function' || typeof api?.metrics?.getMeter !== 'function') {
    throw new TypeError("options.telemetry must be the '@opentelemetry/api' module");
  }
  const tracer = api.trace.getTracer(TELEMETRY_SCOPE);
  const meter = api.metrics.getMeter(TELEMETRY_SCOPE);
  const started = meter.createCounter('openreset.flows.started', {
    description: 'Reset and unlock flows started',
  });
  const completed = meter.createCounter('openreset.flows.completed', {
    description: 'Reset and unlock flows finished, by result',
  });
  const messages = meter.createCounter('openreset.messages', {
    description: 'Messages and webhooks that left the outbox or failed for good, by channel',
  });
  const lag = meter.createHistogram('openreset.outbox.lag', {
    description: 'Time from queueing a message to its provider accepting it',
    unit: 's',
  });
  const duration = meter.createHistogram('openreset.request.duration', {
    description: 'Duration of HTTP requests to the engine, by route',
    unit: 's',
  });
  const match = createRouter(ROUTES);

  /** The route template of a request, or `unmatched` (never the raw path: no ids in labels). */
  const routeOf = (request: Request, basePath: string): string => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(basePath)) return 'unmatched';
    const { route } = match(request.method.toUpperCase(), pathname.slice(basePath.length));
    return route === null ? 'unmatched' : route.definition.path;
  };

  return {
    recordAudit(event) {
      if (event.type === 'flow.started') {
        started.add(1, { 'openreset.intent': event.intent });
        return;
      }
      const result = FLOW_RESULTS[event.type];
      if (result !== undefined) completed.add(1, { 'openreset.result': result });
      if (event.type === 'notification.sent' || event.type === 'notification.failed') {
        messages.add(1, {
          'openreset.channel': event.channel,
          'openreset.result': event.type === 'notification.sent' ? 'sent' : 'failed',
        });
      }
    },
    recordDelivery(message, outcome, now) {
      if (outcome !== 'sent') return;
      const seconds = Math.max(0, now.getTime() - message.createdAt.getTime()) / 1000;
      lag.record(seconds, { 'openreset.channel': message.channel });
    },
    wrapHandler(handler, basePath) {
      return async (request) => {
        const began = performance.now();
        const method = request.method.toUpperCase();
        let route = 'unmatched';
        try {
          route = routeOf(request, basePath);
        } catch {
          // An unparsable URL: the handler answers it; the metric says `unmatched`.
        }
        const attributes = { 'http.route': route, 'http.request.method': method };
        const span = tracer.startSpan(`openreset ${method} ${route}`, {
          kind: KIND_SERVER,
          attributes,
        });
        let status = 500;
        try {
          const response = await handler(request);
          status = response.status;
          return response;
        } finally {
          span.setAttribute('http.response.status_code', status);
          if (status >= 500) span.setStatus({ code: STATUS_ERROR });
          span.end();
          duration.record((performance.now() - began) / 1000, {
            ...attributes,
            'http.response.status_code': status,
          });
        }
      };
    },
  };
}
