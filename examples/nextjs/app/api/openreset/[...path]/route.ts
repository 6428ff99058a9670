// Every request under /api/openreset goes to the OpenReset engine (a fetch handler).
import { handle } from '../../../../lib/openreset.mjs';

// Answered at request time on Node.js (the engine keeps per-process state: its dispatcher).
export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** Hands the request to the engine; Next.js gives route handlers no peer address. */
function answer(request: Request): Promise<Response> {
  return handle(request);
}

export { answer as DELETE, answer as GET, answer as OPTIONS, answer as POST, answer as PUT };
