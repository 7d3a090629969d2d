export { type McpServerIo, runMcpServer } from './run-mcp-server.js';
export { createCallrollServer } from './server/create-server.js';
export type { ServerContext } from './server/server-context.js';
export { PACKAGE_NAME, VERSION } from './version.js';
