import * as otel from '@opentelemetry/api';
import {
  AggregationTemporality,
  type HistogramMetricData,
  InMemoryMetricExporter,
  MeterProvider,
  type MetricData,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestEngine } from '../testing/test-engine.js';

const spans = new InMemorySpanExporter();
const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
const reader = new PeriodicExportingMetricReader({
  exporter: metricExporter,
  exportIntervalMillis: 2 ** 30,
});
const meterProvider = new MeterProvider({ readers: [reader] });
otel.trace.setGlobalTracerProvider(
  new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] }),
);
otel.metrics.setGlobalMeterProvider(meterProvider);

afterAll(async () => {
  await meterProvider.shutdown();
  otel.trace.disable();
  otel.metrics.disable();
});

/** Every metric exported so far, by name (the last export: cumulative). */
async function collect(): Promise<Map<string, MetricData>> {
  await reader.forceFlush();
  const exports = metricExporter.getMetrics();
  const last = exports.at(-1);
  return new Map(
    (last?.scopeMetrics ?? [])
      .flatMap((scope) => scope.metrics)
      .map((metric) => [metric.descriptor.name, metric]),
  );
}

/** The sum of a counter's points whose attributes include `attributes`. */
function count(metric: MetricData | undefined, attributes: Record<string, string> = {}): number {
  return (metric?.dataPoints ?? [])
    .filter((point) => Object.entries(attributes).every(([k, v]) => point.attributes[k] === v))
    .reduce((sum, point) => sum + (point.value as number), 0);
}

const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('OpenTelemetry', () => {
  it('measures flows, sends by channel, outbox lag and requests by route, through @opentelemetry/api', async () => {
    const testbed = createTestEngine({
      policy: { methods: ['mobileSms', 'email'] },
      telemetry: otel,
      http: { basePath: '/api' },
    });
    const { engine, clock } = testbed;
    const base = 'https://id.example.com/api';

    const started = await engine.handler(
      new Request(`${base}/reset`, json({ identifier: 'alice' })),
    );
    const { flowToken } = (await started.json()) as { flowToken: string };
    await engine.handler(
      new Request(
        `${base}/reset/challenge`,
        json({ flowToken, methodId: 'm1', confirm: '+31612345678' }),
      ),
    );
    clock.advance(1500);
    const code = await testbed.codeSentTo('+31612345678');
    await engine.handler(
      new Request(`${base}/reset/verify`, json({ flowToken, methodId: 'm1', code })),
    );
    await engine.handler(
      new Request(
        `${base}/reset/complete`,
        json({ flowToken, newPassword: 'violet harbour quantum teapots' }),
      ),
    );
    await engine.handler(new Request(`${base}/no/such/route`));
    await engine.recovery.start({ identifier: 'erin', intent: 'unlock' });

    const metrics = await collect();
    expect(count(metrics.get('openreset.flows.started'), { 'openreset.intent': 'reset' })).toBe(1);
    expect(count(metrics.get('openreset.flows.started'), { 'openreset.intent': 'unlock' })).toBe(1);
    expect(count(metrics.get('openreset.flows.completed'), { 'openreset.result': 'reset' })).toBe(
      1,
    );
    expect(
      count(metrics.get('openreset.messages'), {
        'openreset.channel': 'sms',
        'openreset.result': 'sent',
      }),
    ).toBe(1);
    const lag = metrics.get('openreset.outbox.lag') as HistogramMetricData;
    const smsLag = lag.dataPoints.find((point) => point.attributes['openreset.channel'] === 'sms');
    expect(smsLag?.value).toMatchObject({ count: 1, sum: 1.5 });

    const durations = metrics.get('openreset.request.duration') as HistogramMetricData;
    const routes = durations.dataPoints.map((point) => point.attributes['http.route']).sort();
    expect(routes).toEqual([
      '/reset',
      '/reset/challenge',
      '/reset/complete',
      '/reset/verify',
      'unmatched',
    ]);
    expect(durations.descriptor.unit).toBe('s');

    const names = spans.getFinishedSpans().map((span) => span.name);
    expect(names).toEqual(
      expect.arrayContaining(['openreset POST /reset/verify', 'openreset GET unmatched']),
    );
    const verify = spans.getFinishedSpans().find((span) => span.name.endsWith('/reset/verify'));
    expect(verify?.attributes).toMatchObject({
      'http.route': '/reset/verify',
      'http.request.method': 'POST',
      'http.response.status_code': 200,
    });
    // No user, address, token or code in any attribute.
    const everything = JSON.stringify([
      ...spans.getFinishedSpans().map((span) => span.attributes),
      ...[...metrics.values()].flatMap((metric) => metric.dataPoints.map((p) => p.attributes)),
    ]);
    for (const secret of ['alice', '+31612345678', flowToken, code]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('refuses something that is not the API with a TypeError, and measures nothing without it', () => {
    expect(() => createTestEngine({ telemetry: {} as never })).toThrow(TypeError);
    const { engine } = createTestEngine();
    expect(engine.handler.name).toBe('handle');
  });
});
