import { createOpenReset } from '@openreset/core';
import { directory, keys, storage } from './ports.mjs';

const engine = createOpenReset({ storage, directory, keys, http: { basePath: '/api' } });

// Deno (`deno serve`), Bun and Cloudflare Workers call `fetch` with each Request.
export default { fetch: engine.handler };
