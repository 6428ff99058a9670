// Serves one folder (the widgets' standalone bundles and the chunks they import on demand)
// under a URL prefix, with nothing outside it reachable.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** The content type a file is served with, from its extension. */
export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Parses the part of a URL path after the prefix (still percent-encoded) into the path of a
 * file inside `root`, or `null`: an empty, `.` or `..` segment (also encoded, `%2e%2e`), an
 * encoded `/` or `\` (`..%2f`, `%2fetc%2fpasswd`), a NUL or a bad escape is refused before
 * the file system is asked.
 */
export function parseStaticPath(root: string, encodedPath: string): string | null {
  const segments: string[] = [];
  for (const raw of encodedPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) {
      return null;
    }
    segments.push(segment);
  }
  const file = join(root, ...segments);
  const inside = relative(root, file);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? null : file;
}

/**
 * Reads the file `encodedPath` names inside `root`: `{ type, body }`, or `null` when it is
 * not a regular file inside `root` (a symbolic link out of it included).
 */
export async function readStaticFile(
  root: string,
  encodedPath: string,
): Promise<{ type: string; body: Buffer } | null> {
  const file = parseStaticPath(root, encodedPath);
  if (file === null) return null;
  try {
    const [real, realRoot] = await Promise.all([realpath(file), realpath(root)]);
    const inside = relative(realRoot, real);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
    if (!(await stat(real)).isFile()) return null;
    return { type: contentTypeOf(real), body: await readFile(real) };
  } catch {
    return null;
  }
}
