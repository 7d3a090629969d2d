import { CommandError } from './run-command.js';

/** A tool the e2e needs could not be installed; `message` is one line a person can act on. */
export class ToolInstallError extends Error {
  override readonly name = 'ToolInstallError';

  constructor(
    message: string,
    /** The tail of the installer's output, for the details above the one line. */
    readonly output: string,
  ) {
    super(message);
  }
}

interface Cause {
  pattern: RegExp;
  /** The likely cause and what to set, after "<what> failed: ". */
  advice: (match: RegExpExecArray) => string;
}

const certificate =
  'the TLS certificate of the registry or a proxy is not trusted (a company proxy or certificate?): ' +
  "set NODE_EXTRA_CA_CERTS (and npm's cafile) to your CA bundle";

// Ordered: the first that matches the installer's output names the cause.
const causes: readonly Cause[] = [
  {
    pattern:
      /\b(SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_HAS_EXPIRED|ERR_TLS_CERT_ALTNAME_INVALID)\b/,
    advice: (match) => `${certificate} (${match[1]})`,
  },
  {
    pattern: /Certificate verification failed|server certificate verification failed/i,
    advice: () =>
      `${certificate.replace(/: set .*$/, '')}: set SSL_CERT_FILE, or add the CA to /etc/ssl/certs`,
  },
  {
    pattern: /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)\b/,
    advice: (match) =>
      `the registry or proxy could not be reached (${match[1]}): behind a proxy, set HTTPS_PROXY and ` +
      'HTTP_PROXY (NO_PROXY for local hosts); with a registry mirror, set npm_config_registry',
  },
  {
    pattern: /Temporary failure resolving|Could not resolve|Failed to fetch|Unable to connect/i,
    advice: () =>
      "Debian's package mirrors could not be reached: behind a proxy, set http_proxy and https_proxy " +
      '(or Acquire::http::Proxy in /etc/apt/apt.conf.d)',
  },
  {
    pattern: /\b(E401|E403|ENEEDAUTH)\b/,
    advice: (match) =>
      `the registry refused the request (${match[1]}): check npm_config_registry and its credentials in ~/.npmrc`,
  },
  {
    pattern: /\b(E404|ETARGET)\b/,
    advice: (match) =>
      `the registry does not have the package (${match[1]}): a mirror set in npm_config_registry may lag behind`,
  },
  {
    pattern: /are you root\?|Permission denied|EACCES/i,
    advice: () => 'it needs to write where only root may: run as root, or install the tools yourself first',
  },
  {
    pattern: /gyp ERR!|node-gyp/,
    advice: () =>
      "a native addon did not compile: it needs python3, make, g++ and Debian's libkrb5-dev (see the output above)",
  },
];

/** One line: what failed, the likely cause, and which variable to set. */
export function describeInstallFailure(what: string, output: string): string {
  for (const cause of causes) {
    const match = cause.pattern.exec(output);
    if (match) return `${what} failed: ${cause.advice(match)}`;
  }
  return `${what} failed (see the output above)`;
}

/** Runs one install step; a failed command becomes a `ToolInstallError` naming the likely cause. */
export async function installStep(label: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    const what = `installing the e2e's tools (${label})`;
    throw new ToolInstallError(
      describeInstallFailure(what, `${error.message}\n${error.output}`),
      error.output,
    );
  }
}
