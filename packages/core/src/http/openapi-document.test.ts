import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { ROUTES } from './http-routes.js';
import { createTestApi, json, request } from './http-test-setup.js';
import { createOpenApiDocument } from './openapi-document.js';

type Operation = {
  operationId: string;
  responses: Record<string, unknown>;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  parameters?: { name: string; in: string }[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every `$ref` in a value. */
function refsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsOf);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refsOf(inner),
  );
}

describe('createOpenApiDocument', () => {
  const document = createOpenApiDocument({
    basePath: '/api',
    publicOrigin: 'https://id.example.com',
  });
  const paths = document.paths as Record<string, Record<string, Operation>>;

  it('is an OpenAPI 3.1 document', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'OpenReset', version: expect.any(String) });
    expect(document.servers).toEqual([{ url: 'https://id.example.com/api' }]);
    for (const [path, item] of Object.entries(paths)) {
      expect(path.startsWith('/')).toBe(true);
      for (const method of Object.keys(item)) expect(METHODS).toContain(method);
    }
  });

  it('lists every route with its operationId, body and responses', () => {
    const routes = Object.entries(ROUTES);
    expect(routes.length).toBe(37);
    for (const [operationId, route] of routes) {
      const operation = paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation?.operationId).toBe(operationId);
      expect(Object.keys(operation?.responses ?? {})).toContain(
        String('status' in route ? route.status : 200),
      );
      if ('body' in route) {
        expect(operation?.requestBody?.content['application/json']?.schema).toMatchObject({
          type: 'object',
        });
      }
      if (route.path.includes('{id}')) {
        expect(operation?.parameters).toContainEqual(
          expect.objectContaining({ name: 'id', in: 'path' }),
        );
      }
    }
    const ids = Object.values(paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents query parameters and the policy body from the zod schemas', () => {
    const resets = paths['/admin/reports/resets']?.get;
    expect(resets?.parameters?.map((p) => p.name).sort()).toEqual([
      'cursor',
      'from',
      'limit',
      'method',
      'result',
      'to',
      'user',
    ]);
    const body = paths['/admin/policy']?.put?.requestBody?.content['application/json']?.schema as {
      properties: { policy: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(body.properties.policy.properties)).toContain('gatesRequired');
    const start = paths['/reset']?.post?.requestBody?.content['application/json']?.schema;
    expect(start).toMatchObject({
      required: ['identifier'],
      additionalProperties: false,
      properties: { identifier: { type: 'string', maxLength: 1024 } },
    });
  });

  it('resolves every $ref', () => {
    for (const ref of refsOf(document)) {
      expect(ref.startsWith('#/')).toBe(true);
      let target: unknown = document;
      for (const part of ref.slice(2).split('/'))
        target = (target as Record<string, unknown>)[part];
      expect(target, ref).toBeDefined();
    }
  });

  it('is JSON without undefined or functions', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it('GET /openapi.json passes the OpenAPI 3.1 schema validator', async () => {
    for (const http of [{}, { basePath: '/api', publicOrigin: 'https://id.example.com' }]) {
      const api = createTestApi({ http });
      const response = await api.handler(request('GET', `${http.basePath ?? ''}/openapi.json`));
      expect(response.status).toBe(200);
      const validator = new Validator();
      const result = await validator.validate(await json(response));
      // The validator's errors name the offending JSON pointer: print them on failure.
      expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)).toEqual([]);
      expect(result.valid).toBe(true);
      expect(validator.version).toBe('3.1');
    }
  });
});
