import type { DateRange } from '../provider/page.js';
import type { ProviderOptions, ProviderV1 } from '../provider/provider-v1.js';

export interface ConformanceProviderOptions extends ProviderOptions {
  /** `invalid`: credentials the test server rejects (a wrong secret, not a missing one). */
  credentials: 'valid' | 'invalid';
}

/**
 * How the test server should behave from now on. `slow`: it answers no call for longer than any
 * test waits (the kit aborts one in flight), until the scenario changes.
 */
export type ConformanceScenario = 'normal' | 'rate-limited' | 'malformed-response' | 'slow';

/**
 * What a provider package gives the conformance kit: its provider pointed at a test server (an
 * emulator over loopback HTTP), and facts about that server's data.
 */
export interface ConformanceFixture {
  createProvider(options: ConformanceProviderOptions): ProviderV1;
  /** A meeting whose phone participants span several pages of the provider's largest size. */
  meetingWithPhoneParticipants: { meetingRef: string; meetingId: string; count: number };
  /** A meeting where a phone participant has a status the provider does not map. */
  unknownPhoneStatus?: { meetingId: string; rawStatus: string } | undefined;
  /** A well-formed meeting id the server does not know. */
  missingMeetingId: string;
  /** A meeting id the provider must refuse before making any request (e.g. `../x`). */
  malformedMeetingId: string;
  /** A range holding `count` meetings, where the provider lists meetings. */
  meetingRange?: (DateRange & { count: number }) | undefined;
  setScenario(scenario: ConformanceScenario): void | Promise<void>;
  /** Values that must appear in no error and no log event (keys, secrets, tokens). */
  secrets: string[];
  /**
   * The secrets of the `invalid` credentials (the wrong key or secret the server refuses): a
   * refused secret is still a secret, and must appear in no error and no log event either.
   */
  rejectedSecrets: string[];
  close(): Promise<void>;
}

export interface ProviderConformanceOptions {
  /** Shown in the suite's name. */
  name: string;
  setup(): Promise<ConformanceFixture>;
  /** Page sizes to list with; by default 1 page size of 7, the default and the largest. */
  pageSizes?: number[] | undefined;
}
