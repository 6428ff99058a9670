// Every request under /api/openreset goes to the OpenReset engine (a fetch handler), with the
// peer address h3 knows (pass `{ xForwardedFor: true }` only behind a proxy you run).
import { defineEventHandler, getRequestIP, toWebRequest } from 'h3';
import { handle } from '../../../utils/openreset.mjs';

export default defineEventHandler((event) => handle(toWebRequest(event), getRequestIP(event)));
