import { parseArgs } from 'node:util';
import type { EmulatorOptions } from '../emulator-types.js';
import { type FaultKind, faultKinds, type ScenarioPatch } from '../scenario/scenario.js';
import {
  type SystecErrorShape,
  type SystecQuirk,
  type SystecTimeFormat,
  systecErrorShapes,
  systecQuirkNames,
  systecTimeFormats,
} from '../scenario/systec-quirks.js';
import type { SystecCredentials } from '../systec-credentials.js';
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

Starts a local Tencent Meeting REST API and Systec UMeeting public-room API emulator
(under /umeeting/) and prints its URL and test credentials.

Options:
  --port <n>               port to listen on (default 0: a free one)
  --host <name>            address to bind (default 127.0.0.1)
  --seed <text>            seed of the generated data (default "callroll")
  --now <iso|ms>           moment the data is made around (default: now)
  --large-callouts <n>     callouts of the large meeting, 1..1000000 (default 10000)
  --latency <ms>           fixed delay added to every API answer (default 0)
  --jitter <ms>            random extra delay, 0..ms (default 0)
  --fault-rate <0..1>      share of API requests that fail (default 0)
  --fault-kinds <list>     comma-separated: ${faultKinds.join(', ')}
  --rate-limit <n>         calls per minute per app, 0 = off (default 300)
  --rate-limit-window <ms> length of the sliding rate-limit window (default 60000)
  --rate-limit-status <n>  HTTP status of a 190310 or 190311 answer (default 500)
  --daily-limit <n>        calls per Beijing day per app before 190311, 0 = off (default 0)
  --daily-limit-reached    answer every call with 190311 (the daily quota is used up)
  --distinct-new-error-codes
                           send new_error_code = 100000000 + error_code in error answers
  --clock-skew <s>         seconds added to the emulator's clock (default 0;
                           write a negative one as --clock-skew=-90)
  --ring-ms <ms>           how long new callouts ring before moving on (default 5000)
  --talk-ms <ms>           how long answered callouts talk before hanging up (default 60000)
  --live-callouts          seeded callouts of live meetings move on over time too
  --app-id, --secret-id, --secret-key, --sdk-id, --operator-id <value>
                           accept these Tencent credentials instead of the defaults
  --systec-api-key, --systec-api-secret <value>
                           accept these Systec credentials instead of the defaults
  --systec-quirks <list>   Systec loose forms to mix in, comma-separated, or "all":
                           ${systecQuirkNames.join(', ')}
  --systec-error-shape <s> envelope (default) or zoom-v1 for credential errors
  --systec-times <format>  ${systecTimeFormats.join(', ')} (default naive-shanghai)
  --systec-rate-limit <n>  Systec calls per second per API key, 0 = off (default 0)
  --systec-rate-limit-status <n>
                           200 (envelope only, default) or 429 (with Retry-After)
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

  const scenario = readScenario(values);

  const credentials: Partial<TencentCredentials> = {};
  if (values['app-id'] !== undefined) credentials.appId = values['app-id'];
  if (values['secret-id'] !== undefined) credentials.secretId = values['secret-id'];
  if (values['secret-key'] !== undefined) credentials.secretKey = values['secret-key'];
  if (values['sdk-id'] !== undefined) credentials.sdkId = values['sdk-id'];
  if (values['operator-id'] !== undefined) credentials.operatorId = values['operator-id'];

  const systecCredentials: Partial<SystecCredentials> = {};
  if (values['systec-api-key'] !== undefined) systecCredentials.apiKey = values['systec-api-key'];
  if (values['systec-api-secret'] !== undefined) systecCredentials.apiSecret = values['systec-api-secret'];

  const options: EmulatorOptions = { scenario, credentials };
  if (Object.keys(systecCredentials).length > 0) options.systecCredentials = systecCredentials;
  if (values.port !== undefined) options.port = integer('--port', values.port);
  if (values.host !== undefined) options.host = values.host;
  if (values.seed !== undefined) options.seed = values.seed;
  if (values.now !== undefined) options.now = moment(values.now);
  if (values['large-callouts'] !== undefined) {
    const count = integer('--large-callouts', values['large-callouts']);
    if (count < 1 || count > 1_000_000) throw new CliUsageError('--large-callouts wants 1 to 1000000');
    options.largeCalloutCount = count;
  }
  return { action: 'start', json, options };
}

type ParsedValues = ReturnType<typeof parse>['values'];

/** The scenario flags; the emulator validates the values again when it starts. */
function readScenario(values: ParsedValues): ScenarioPatch {
  const scenario: ScenarioPatch = {};
  if (values.latency !== undefined) scenario.latencyMs = integer('--latency', values.latency);
  if (values.jitter !== undefined) scenario.jitterMs = integer('--jitter', values.jitter);
  if (values['fault-rate'] !== undefined) scenario.faultRate = decimal('--fault-rate', values['fault-rate']);
  if (values['fault-kinds'] !== undefined) scenario.faultKinds = kinds(values['fault-kinds']);
  if (values['rate-limit'] !== undefined)
    scenario.rateLimitPerMinute = integer('--rate-limit', values['rate-limit']);
  if (values['rate-limit-window'] !== undefined) {
    scenario.rateLimitWindowMs = integer('--rate-limit-window', values['rate-limit-window']);
  }
  if (values['daily-limit'] !== undefined)
    scenario.rateLimitPerDay = integer('--daily-limit', values['daily-limit']);
  if (values['daily-limit-reached'] === true) scenario.dailyLimitReached = true;
  if (values['distinct-new-error-codes'] === true) scenario.distinctNewErrorCodes = true;
  if (values['rate-limit-status'] !== undefined) {
    scenario.rateLimitStatus = integer('--rate-limit-status', values['rate-limit-status']);
  }
  if (values['clock-skew'] !== undefined)
    scenario.clockSkewSeconds = integer('--clock-skew', values['clock-skew']);
  if (values['ring-ms'] !== undefined) scenario.calloutRingMs = integer('--ring-ms', values['ring-ms']);
  if (values['talk-ms'] !== undefined) scenario.calloutTalkMs = integer('--talk-ms', values['talk-ms']);
  if (values['live-callouts'] === true) scenario.liveCalloutProgress = true;

  if (values['systec-quirks'] !== undefined) scenario.systecQuirks = quirks(values['systec-quirks']);
  if (values['systec-error-shape'] !== undefined) {
    scenario.systecErrorShape = oneOf(
      '--systec-error-shape',
      systecErrorShapes,
      values['systec-error-shape'],
    );
  }
  if (values['systec-times'] !== undefined) {
    scenario.systecTimeFormat = oneOf('--systec-times', systecTimeFormats, values['systec-times']);
  }
  if (values['systec-rate-limit'] !== undefined) {
    scenario.systecRateLimitPerSecond = integer('--systec-rate-limit', values['systec-rate-limit']);
  }
  if (values['systec-rate-limit-status'] !== undefined) {
    const status = integer('--systec-rate-limit-status', values['systec-rate-limit-status']);
    if (status !== 200 && status !== 429) {
      throw new CliUsageError(`--systec-rate-limit-status takes 200 or 429, not "${status}"`);
    }
    scenario.systecRateLimitStatus = status;
  }
  return scenario;
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
      'large-callouts': text,
      latency: text,
      jitter: text,
      'fault-rate': text,
      'fault-kinds': text,
      'rate-limit': text,
      'rate-limit-status': text,
      'clock-skew': text,
      'ring-ms': text,
      'talk-ms': text,
      'live-callouts': { type: 'boolean' },
      'rate-limit-window': text,
      'daily-limit': text,
      'daily-limit-reached': { type: 'boolean' },
      'distinct-new-error-codes': { type: 'boolean' },
      'app-id': text,
      'secret-id': text,
      'secret-key': text,
      'sdk-id': text,
      'operator-id': text,
      'systec-api-key': text,
      'systec-api-secret': text,
      'systec-quirks': text,
      'systec-error-shape': text,
      'systec-times': text,
      'systec-rate-limit': text,
      'systec-rate-limit-status': text,
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

function quirks(text: string): SystecQuirk[] {
  if (text.trim() === 'all') return [...systecQuirkNames];
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const known = new Set<string>(systecQuirkNames);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new CliUsageError(`--systec-quirks takes all or ${systecQuirkNames.join(', ')}; got "${text}"`);
  }
  return names as SystecQuirk[];
}

function oneOf<T extends SystecErrorShape | SystecTimeFormat>(
  flag: string,
  allowed: readonly T[],
  text: string,
): T {
  const found = allowed.find((value) => value === text.trim());
  if (found === undefined) throw new CliUsageError(`${flag} takes ${allowed.join(' or ')}, not "${text}"`);
  return found;
}

function moment(text: string): number {
  const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(value))
    throw new CliUsageError(`--now wants an ISO date or unix milliseconds, not "${text}"`);
  return value;
}
