import { afterAll, beforeAll } from 'vitest';
import type { ProviderV1 } from '../provider/provider-v1.js';
import type { TransportEvent } from '../transport/transport-types.js';
import type {
  ConformanceFixture,
  ConformanceProviderOptions,
  ConformanceScenario,
  ProviderConformanceOptions,
} from './conformance-fixture.js';

/** What every group of checks shares: the fixture, the provider, and what they recorded. */
export interface ConformanceContext {
  readonly options: ProviderConformanceOptions;
  readonly fixture: ConformanceFixture;
  /** The provider made with valid credentials and the kit's event listener. */
  readonly provider: ProviderV1;
  /** Every event of every provider the kit made. */
  readonly events: TransportEvent[];
  /** Every error a check expected, so that the last check can look for secrets in all of them. */
  readonly errors: unknown[];
  /** Another provider of the fixture's, closed after the suite; its events are recorded too. */
  make(overrides?: Partial<ConformanceProviderOptions>): ProviderV1;
  /** The error `work` rejects with (recorded); fails the check when it succeeds. */
  rejection(work: () => Promise<unknown>): Promise<unknown>;
  /** Runs `work` with the server in a scenario, and back to normal afterwards. */
  scenario(name: ConformanceScenario, work: () => Promise<void>): Promise<void>;
  /** The `request` events recorded since `events.length` was `mark`. */
  requestsSince(mark: number): TransportEvent[];
}

/** Sets up a suite's fixture and provider (`beforeAll`) and closes them (`afterAll`). */
export function conformanceContext(options: ProviderConformanceOptions): ConformanceContext {
  let fixture: ConformanceFixture | undefined;
  let provider: ProviderV1 | undefined;
  const events: TransportEvent[] = [];
  const errors: unknown[] = [];
  const made: ProviderV1[] = [];
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the conformance fixture is not set up');
    return value;
  };

  const context: ConformanceContext = {
    options,
    events,
    errors,
    get fixture() {
      return ready(fixture);
    },
    get provider() {
      return ready(provider);
    },
    make(overrides = {}) {
      const instance = ready(fixture).createProvider({
        credentials: 'valid',
        onEvent: (event) => events.push(event),
        ...overrides,
      });
      made.push(instance);
      return instance;
    },
    async rejection(work) {
      try {
        await work();
      } catch (error) {
        errors.push(error);
        return error;
      }
      throw new Error('expected the call to fail, but it succeeded');
    },
    async scenario(name, work) {
      await ready(fixture).setScenario(name);
      try {
        await work();
      } finally {
        await ready(fixture).setScenario('normal');
      }
    },
    requestsSince: (mark) => events.slice(mark).filter((event) => event.type === 'request'),
  };

  beforeAll(async () => {
    fixture = await options.setup();
    provider = context.make();
  });
  afterAll(async () => {
    await Promise.all(made.map((instance) => instance.close?.()));
    await fixture?.close();
  });
  return context;
}
