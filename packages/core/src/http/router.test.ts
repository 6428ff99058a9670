import { describe, expect, it } from 'vitest';
import { HttpError } from './http-error.js';
import { createRouter } from './router.js';

const match = createRouter({
  list: { method: 'GET', path: '/items' },
  add: { method: 'POST', path: '/items' },
  remove: { method: 'DELETE', path: '/items/{id}' },
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpError) return `${error.status} ${error.code}`;
    throw error;
  }
  return undefined;
}

describe('createRouter', () => {
  it('finds the route for the method and lists the methods the path has', () => {
    expect(match('POST', '/items')).toEqual({
      allow: 'GET, POST',
      route: { key: 'add', definition: { method: 'POST', path: '/items' }, id: undefined },
    });
    expect(match('PUT', '/items')).toEqual({ allow: 'GET, POST', route: null });
    expect(match('OPTIONS', '/items/a').route).toBeNull();
  });

  it('answers 404 for a path no route has, whole paths only', () => {
    for (const path of ['/nothing', '/items/', '/items/a/b', '/itemsx', '/x/items']) {
      expect(
        codeOf(() => match('GET', path)),
        path,
      ).toBe('404 not_found');
    }
  });

  it('decodes {id}, and answers 404 for one that does not decode or is too long', () => {
    expect(match('DELETE', '/items/a%20b').route?.id).toBe('a b');
    expect(match('DELETE', `/items/${'x'.repeat(128)}`).route?.id).toHaveLength(128);
    expect(codeOf(() => match('DELETE', `/items/${'x'.repeat(129)}`))).toBe('404 not_found');
    expect(codeOf(() => match('DELETE', '/items/%ff'))).toBe('404 not_found');
  });

  it('matches a dot in a path as a dot only', () => {
    const dotted = createRouter({ spec: { method: 'GET', path: '/openapi.json' } });
    expect(dotted('GET', '/openapi.json').route?.key).toBe('spec');
    expect(codeOf(() => dotted('GET', '/openapi-json'))).toBe('404 not_found');
  });

  it('leaves a bad {id} alone when the method does not match (405 and preflight come first)', () => {
    expect(match('GET', '/items/%ff')).toEqual({ allow: 'DELETE', route: null });
  });
});
