import { parseArgs } from 'node:util';
import type { EmulatorOptions } from '../emulator-types.js';
import { type FaultKind, faultKinds, type ScenarioPatch } from '../scenario/scenario.js';
import type { TencentCredentials } from '../tencent-credentials.js';

/** A command line the emulator cannot act on; the message says why. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export interface CliCommand {
  action: 'start' | 'help' | 'version';
  /** Print one JSON line instead of the human banner. */
  json: boolean;
  options: EmulatorOptions;
}

export const usage = `Usage: callroll-emulator [options]

Starts a local Tencent Meeting REST API emulator and prints its URL and test credentials.

Options:
  --port <n>               port to listen on (default 0: a free one)
  --host <name>            address to bind (default 127.0.0.1)
  --seed <text>            seed of the generated data (default "callroll")
  --now <iso|ms>           moment the data is made around (default: now)
  --latency <ms>           fixed delay added to every API answer (default 0)
  --jitter <ms>            random extra delay, 0..ms (default 0)
  --fault-rate <0..1>      share of API requests that fail (default 0)
  --fault-kinds <list>     comma-separated: ${faultKinds.join(', ')}
  --rate-limit <n>         calls per minute per app, 0 = off (default 300)
  --rate-limit-status <n>  HTTP status of a 190310 answer (default 500)
  --clock-skew <s>         seconds added to the emulator's clock (default 0;
                           write a negative one as --clock-skew=-90)
  --ring-ms <ms>           how long new callouts ring before moving on (default 5000)
  --app-id, --secret-id, --secret-key, --sdk-id, --operator-id <value>
                           accept these credentials instead of the defaults
  --json                   print one JSON line (url, credentials, fixtures, scenario)
  --version                print the version
  -h, --help               print this help

The scenario can be changed while running: POST /__emulator/scenario with a JSON patch.
Stop with Ctrl-C (SIGINT) or SIGTERM.`;

/** Reads the command line; throws CliUsageError on anything it does not understand. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  const json = values.json === true;
  if (values.help === true) return { action: 'help', json, options: {} };
  if (values.version === true) return { action: 'version', json, options: {} };

  const scenario: ScenarioPatch = {};
  if (values.latency !== undefined) scenario.latencyMs = integer('--latency', values.latency);
  if (values.jitter !== undefined) scenario.jitterMs = integer('--jitter', values.jitter);
  if (values['fault-rate'] !== undefined) scenario.faultRate = decimal('--fault-rate', values['fault-rate']);
  if (values['fault-kinds'] !== undefined) scenario.faultKinds = kinds(values['fault-kinds']);
  if (values['rate-limit'] !== undefined)
    scenario.rateLimitPerMinute = integer('--rate-limit', values['rate-limit']);
  if (values['rate-limit-status'] !== undefined) {
    scenario.rateLimitStatus = integer('--rate-limit-status', values['rate-limit-status']);
  }
  if (values['clock-skew'] !== undefined)
    scenario.clockSkewSeconds = integer('--clock-skew', values['clock-skew']);
  if (values['ring-ms'] !== undefined) scenario.calloutRingMs = integer('--ring-ms', values['ring-ms']);

  const credentials: Partial<TencentCredentials> = {};
  if (values['app-id'] !== undefined) credentials.appId = values['app-id'];
  if (values['secret-id'] !== undefined) credentials.secretId = values['secret-id'];
  if (values['secret-key'] !== undefined) credentials.secretKey = values['secret-key'];
  if (values['sdk-id'] !== undefined) credentials.sdkId = values['sdk-id'];
  if (values['operator-id'] !== undefined) credentials.operatorId = values['operator-id'];

  const options: EmulatorOptions = { scenario, credentials };
  if (values.port !== undefined) options.port = integer('--port', values.port);
  if (values.host !== undefined) options.host = values.host;
  if (values.seed !== undefined) options.seed = values.seed;
  if (values.now !== undefined) options.now = moment(values.now);
  return { action: 'start', json, options };
}

function parse(argv: readonly string[]) {
  const text = { type: 'string' } as const;
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: text,
      host: text,
      seed: text,
      now: text,
      latency: text,
      jitter: text,
      'fault-rate': text,
      'fault-kinds': text,
      'rate-limit': text,
      'rate-limit-status': text,
      'clock-skew': text,
      'ring-ms': text,
      'app-id': text,
      'secret-id': text,
      'secret-key': text,
      'sdk-id': text,
      'operator-id': text,
      json: { type: 'boolean' },
      version: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function integer(flag: string, text: string): number {
  if (!/^-?\d+$/.test(text.trim())) throw new CliUsageError(`${flag} wants a whole number, not "${text}"`);
  return Number(text);
}

function decimal(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new CliUsageError(`${flag} wants a number, not "${text}"`);
  return value;
}

function kinds(text: string): FaultKind[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const known = new Set<string>(faultKinds);
  const unknown = names.filter((name) => !known.has(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new CliUsageError(`--fault-kinds takes ${faultKinds.join(', ')}; got "${text}"`);
  }
  return names as FaultKind[];
}

function moment(text: string): number {
  const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(value))
    throw new CliUsageError(`--now wants an ISO date or unix milliseconds, not "${text}"`);
  return value;
}
