import * as otel from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { loadTelemetry } from './create-server.js';

describe('loadTelemetry', () => {
  it("finds the host's @opentelemetry/api when it is installed, for the engine's telemetry", async () => {
    const telemetry = await loadTelemetry();
    expect(telemetry?.trace.getTracer).toBe(otel.trace.getTracer);
    expect(telemetry?.metrics.getMeter).toBe(otel.metrics.getMeter);
  });
});
