import { z } from 'zod';
import { ROUTES, type RouteDefinition } from './http-routes.js';
import { errorResponse } from './http-schemas.js';

/** Options for {@link createOpenApiDocument}. */
export interface OpenApiDocumentOptions {
  /** Where the handler is mounted (`/api/openreset`). @default "" */
  basePath?: string;
  /** The public origin (`https://id.example.com`); without it the server URL is relative. */
  publicOrigin?: string;
}

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  202: 'Accepted: a code is on its way',
  400: 'Malformed JSON, or a body or query that does not fit the schema (`issues`)',
  401: 'Not signed in, or the token was refused',
  403: 'Signed in, but not allowed (or a recent sign-in or the current password is needed)',
  404: 'No such route, flow or method',
  405: 'The route does not take this method (`Allow` lists the ones it does)',
  409: 'The state does not allow this step, or a concurrent change won',
  410: 'The flow expired',
  413: 'The body is larger than the limit',
  415: 'State-changing requests need `Content-Type: application/json`',
  422: 'Refused: a wrong code or answer, a rejected password, a value that is not valid',
  429: 'Too many requests; `Retry-After` says when to try again',
  500: 'An unexpected failure (no details given)',
  501: 'Not available in this deployment',
  502: 'The directory refused the change',
  503: 'The directory (or the key set) is unreachable',
};

/**
 * The OpenAPI 3.1 document of the handler, generated from the same zod schemas that validate
 * requests (`z.toJSONSchema`). Server URLs come from the options, never from request headers.
 */
export function createOpenApiDocument(options: OpenApiDocumentOptions = {}): JsonSchema {
  const basePath = options.basePath ?? '';
  const server =
    options.publicOrigin === undefined ? basePath || '/' : `${options.publicOrigin}${basePath}`;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of Object.entries(ROUTES) as [string, RouteDefinition][]) {
    const item = paths[route.path] ?? {};
    item[route.method.toLowerCase()] = operationOf(operationId, route);
    paths[route.path] = item;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'OpenReset',
      version: '1',
      description:
        'Self-service password reset, registration of recovery methods, password change and administration. Errors are `{ "error": { "code": ... } }`.',
    },
    servers: [{ url: server }],
    tags: [
      { name: 'recovery', description: '“Can’t access your account?”: reset and unlock' },
      { name: 'account', description: 'The signed-in user’s recovery methods and password' },
      { name: 'admin', description: 'Policy, reports and directory health (admins only)' },
      { name: 'meta', description: 'Public configuration and this document' },
    ],
    paths,
    components: {
      schemas: { Error: schemaOf(errorResponse, 'output') },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'A JWT, or whatever the host’s `authenticate` callback accepts (e.g. a session cookie)',
        },
      },
    },
  };
}

function operationOf(operationId: string, route: RouteDefinition): JsonSchema {
  const operation: JsonSchema = { operationId, summary: route.summary, tags: [route.tag] };
  const parameters: JsonSchema[] = [];
  if (route.path.includes('{id}')) {
    parameters.push({
      name: 'id',
      in: 'path',
      required: true,
      schema: { type: 'string', maxLength: 128 },
    });
  }
  if (route.query !== undefined) {
    const query = schemaOf(route.query, 'input');
    const required = new Set((query.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries(
      (query.properties ?? {}) as Record<string, JsonSchema>,
    )) {
      parameters.push({ name, in: 'query', required: required.has(name), schema });
    }
  }
  if (route.access === 'admin' && route.method === 'PUT') {
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: false,
      schema: { type: 'string', pattern: '^"\\d+"$' },
      description: 'The ETag of the policy edited; 409 if it changed meanwhile',
    });
  }
  if (parameters.length > 0) operation.parameters = parameters;
  if (route.body !== undefined) {
    operation.requestBody = {
      required: route.bodyOptional !== true,
      content: { 'application/json': { schema: schemaOf(route.bodyDoc ?? route.body, 'input') } },
    };
  }
  if (route.access !== 'public') operation.security = [{ bearerAuth: [] }];

  const success = route.status ?? 200;
  const content: JsonSchema = {
    'application/json': { schema: schemaOf(route.response, 'output') },
  };
  if (route.csv === true) content['text/csv'] = { schema: { type: 'string' } };
  const responses: Record<string, unknown> = {
    [String(success)]: { description: STATUS_TEXT[success] ?? 'OK', content },
  };
  const statuses = new Set<number>([...route.errors, 404, 405, 500]);
  if (route.body !== undefined || route.query !== undefined) statuses.add(400);
  if (route.body !== undefined) {
    statuses.add(413);
    statuses.add(415);
  }
  if (route.limit !== undefined) statuses.add(429);
  if (route.access !== 'public') statuses.add(401);
  if (route.access === 'admin') statuses.add(403);
  for (const status of [...statuses].sort((a, b) => a - b)) {
    responses[String(status)] = {
      description: STATUS_TEXT[status] ?? 'Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  operation.responses = responses;
  return operation;
}

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return json;
}
