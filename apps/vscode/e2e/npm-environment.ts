import { runCommand } from './run-command.js';

/**
 * The machine npm's settings that decide how it reaches the registry. A child npm started on
 * another Node (the e2e's Node 24) reads its global config from that Node's prefix, not the
 * machine's, so these are handed to it explicitly.
 */
const reachKeys = [
  'globalconfig',
  'userconfig',
  'registry',
  'cafile',
  'proxy',
  'https-proxy',
  'noproxy',
  'strict-ssl',
] as const;

/**
 * The environment for a child npm: the machine's environment without what pnpm (running this
 * script) put there, plus the machine npm's registry, certificate and proxy settings.
 * code-server's postinstall reads npm_config_user_agent to tell which package manager installs
 * it, and gives up on pnpm's, so the npm_ and pnpm_ variables of the run go; the user's own
 * npm_config_* settings are read back through the machine npm, which sees them.
 */
export async function npmEnvironment(): Promise<NodeJS.ProcessEnv> {
  const settings = await machineNpmSettings();
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_)/i.test(key)) env[key] = value;
  }
  for (const [key, value] of Object.entries(settings)) env[`npm_config_${key.replace(/-/g, '_')}`] = value;
  // Node itself (install scripts that fetch over https) trusts what npm was told to trust.
  if (env.NODE_EXTRA_CA_CERTS === undefined && settings.cafile !== undefined) {
    env.NODE_EXTRA_CA_CERTS = settings.cafile;
  }
  return env;
}

/** `npm config get …` of the machine's npm, on the machine's Node. */
export async function machineNpmSettings(): Promise<Record<string, string>> {
  const output = await runCommand('npm', ['config', 'get', ...reachKeys], {
    env: withoutPnpmAgent(process.env),
    timeoutMs: 60_000,
    label: 'npm config get',
  });
  return parseConfigLines(output);
}

/** `key=value` lines, as `npm config get` prints several keys; unset values are left out. */
export function parseConfigLines(text: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^([a-z-]+)=(.*)$/.exec(line.trim());
    if (!match?.[1] || match[2] === undefined) continue;
    const value = match[2].trim();
    if (value !== '' && value !== 'null' && value !== 'undefined') settings[match[1]] = value;
  }
  return settings;
}

// pnpm's user agent tells npm nothing about the registry; the rest of the environment (the
// user's own npm_config_* included) is what the machine npm should read.
function withoutPnpmAgent(source: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...source };
  delete env.npm_config_user_agent;
  return env;
}
