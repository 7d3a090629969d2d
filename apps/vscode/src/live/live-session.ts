import {
  type PhoneChangeEvent,
  type ProviderV1,
  type SleepFunction,
  trackPhoneParticipants,
} from '@callroll/core';
import type { MeetingNode } from '../tree/meeting-node.js';
import type { PhoneListingNode } from '../tree/phone-listing-node.js';
import type { Logger } from '../util/logger.js';
import { PokeableWait } from './pokeable-wait.js';

export interface LiveSessionOptions {
  /** The share of the account's request limit this meeting's tracker takes. */
  share: number;
  /** `callroll.liveRefreshSeconds`, as the shortest wait between rounds. */
  minIntervalMs: number;
  log: Logger;
  sleep: SleepFunction;
  clock: () => number;
  /** The wait before a tracker that failed is started again. */
  retryMs: number;
  /** What rounds are stamped with (default the system clock); marks last a minute of it. */
  now?: (() => Date) | undefined;
}

/**
 * One expanded live meeting followed by the core's tracker (`trackPhoneParticipants`): each round's
 * lines go to the meeting's phone list, its time and meeting to the meeting's row. A failed round
 * is logged and the tracker started again after a while; the rows stay as they were.
 */
export class LiveSession {
  private readonly controller = new AbortController();
  private readonly pacing: PokeableWait;
  readonly done: Promise<void>;
  /** Rounds applied so far. */
  rounds = 0;

  constructor(
    readonly node: MeetingNode,
    readonly listing: PhoneListingNode,
    provider: Promise<ProviderV1>,
    readonly options: LiveSessionOptions,
  ) {
    this.pacing = new PokeableWait(options.sleep, options.clock);
    listing.live.begin(this);
    this.done = provider
      .then((ready) => this.run(ready))
      .catch((error: unknown) => this.failed(error))
      .finally(() => listing.liveEnded(this));
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  /** A round soon (calls were placed), within the budget. */
  poke(): void {
    this.pacing.poke();
  }

  stop(): void {
    this.controller.abort();
  }

  private async run(provider: ProviderV1): Promise<void> {
    const { signal } = this.controller;
    while (!signal.aborted) {
      try {
        await this.follow(provider);
        return;
      } catch (error) {
        if (signal.aborted) return;
        this.failed(error);
        // Meanwhile the list may read its rows itself, as it would without live updates.
        this.listing.liveEnded(this);
        await this.options.sleep(this.options.retryMs, signal).catch(() => undefined);
        if (!signal.aborted) this.listing.live.begin(this);
      }
    }
  }

  private async follow(provider: ProviderV1): Promise<void> {
    const changes: PhoneChangeEvent[] = [];
    const events = trackPhoneParticipants(provider, this.node.meeting.id, {
      signal: this.controller.signal,
      share: this.options.share,
      minIntervalMs: this.options.minIntervalMs,
      meeting: this.node.meeting,
      wait: this.pacing.wait,
      now: this.options.now,
    });
    for await (const event of events) {
      if (event.type === 'round') {
        this.pacing.budget = event.budget;
        await this.listing.applyLive(event, changes);
        this.node.liveUpdated(event);
        changes.length = 0;
        this.rounds++;
      } else if (event.type !== 'meeting-ended') {
        changes.push(event);
      }
    }
  }

  private failed(error: unknown): void {
    if (this.stopped) return;
    this.options.log.warn(
      `Live updates of meeting ${this.node.meeting.id} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
