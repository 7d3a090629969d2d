import { type Money, sumMoney } from '../model/money.js';
import { type PhoneParticipant, type PhoneStatus, phoneStatusSchema } from '../model/phone-participant.js';
import { phoneParticipantPages, type StreamListingOptions } from '../pagination/stream-provider-listings.js';
import type { ProviderV1 } from '../provider/provider-v1.js';

/** A meeting's phone lines at a glance: counts by status, duration and exact cost. */
export interface PhoneSummary {
  count: number;
  byStatus: Record<PhoneStatus, number>;
  /** The provider's own texts behind `unknown`, with their counts. */
  unknownRawStatuses: Map<string, number>;
  /** Summed over the lines that report a duration; `linesWithDuration` says how many did. */
  durationSeconds: number;
  linesWithDuration: number;
  /** One exact total per currency (the core's `sumMoney`). */
  cost: Money[];
}

/** A running summary: constant memory however many lines the meeting has. */
export class PhoneSummaryBuilder {
  private readonly summary: PhoneSummary = {
    count: 0,
    byStatus: Object.fromEntries(phoneStatusSchema.options.map((status) => [status, 0])) as Record<
      PhoneStatus,
      number
    >,
    unknownRawStatuses: new Map(),
    durationSeconds: 0,
    linesWithDuration: 0,
    cost: [],
  };

  add(phone: PhoneParticipant): void {
    const summary = this.summary;
    summary.count++;
    summary.byStatus[phone.status]++;
    if (phone.status === 'unknown') {
      const raw = phone.rawStatus ?? '';
      summary.unknownRawStatuses.set(raw, (summary.unknownRawStatuses.get(raw) ?? 0) + 1);
    }
    if (phone.durationSeconds !== undefined) {
      summary.durationSeconds += phone.durationSeconds;
      summary.linesWithDuration++;
    }
    if (phone.cost) summary.cost = sumMoney([...summary.cost, phone.cost]);
  }

  get result(): PhoneSummary {
    return this.summary;
  }
}

/**
 * Reads every phone line of a meeting once and keeps only the running totals: the whole meeting's
 * counts, duration and exact cost, in constant memory.
 */
export async function summarizePhoneParticipants(
  provider: ProviderV1,
  meetingId: string,
  options: Pick<StreamListingOptions<PhoneParticipant>, 'signal' | 'onPage' | 'concurrency'> = {},
): Promise<PhoneSummary> {
  const builder = new PhoneSummaryBuilder();
  for await (const page of phoneParticipantPages(provider, meetingId, options)) {
    for (const phone of page) builder.add(phone);
  }
  return builder.result;
}
