// Every request under /api/openreset goes to the OpenReset engine (a fetch handler), with the
// client address SvelteKit knows (adapter-node: the peer, or ADDRESS_HEADER behind a proxy).
import type { RequestHandler } from '@sveltejs/kit';
import { handle } from '$lib/server/openreset.mjs';

const answer: RequestHandler = ({ request, getClientAddress }) =>
  handle(request, getClientAddress());

export const DELETE = answer;
export const GET = answer;
export const OPTIONS = answer;
export const POST = answer;
export const PUT = answer;
