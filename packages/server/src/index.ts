/**
 * `@openreset/server`: the whole product as a Node.js server configured by environment
 * variables (`openreset serve`), and the pieces it is made of, for hosts that start it
 * from code.
 *
 * ```ts
 * import { readServerConfig, startServer } from '@openreset/server';
 *
 * const server = await startServer(readServerConfig(process.env));
 * console.log(`listening on ${server.url}`);
 * ```
 *
 * @module
 */
export { jsonLogger, main } from './cli.js';
export {
  createServerEngine,
  type OpenResetServer,
  type OpenResetWorker,
  openPorts,
  type PageHandler,
  passkeysFor,
  respond,
  type ServerContext,
  type ServerOptions,
  type ServerPorts,
  type StartServerOptions,
  startServer,
  startWorker,
} from './create-server.js';
export {
  readServerConfig,
  type ServerConfig,
  ServerConfigError,
  type ServerConfigIssue,
  withConfigFile,
} from './server-config.js';
export { contentTypeOf, parseStaticPath, readStaticFile } from './static-files.js';
