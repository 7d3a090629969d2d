import {
  type Meeting,
  type Money,
  type PhoneExportRecord,
  type ProviderV1,
  streamPhoneParticipants,
  toPhoneExportRecord,
} from '@callroll/core';
import { toCsv } from './to-csv.js';
import { toJsonExport } from './to-json-export.js';

export interface ExportOptions {
  format: 'csv' | 'json';
  mask: boolean;
  pageSize: number;
  signal?: AbortSignal | undefined;
  now?: Date | undefined;
  /** Called as rows arrive, for a progress notification. */
  onProgress?: ((count: number) => void) | undefined;
}

/** Every phone participant of a meeting, fetched concurrently where the provider allows, as file text. */
export async function collectExport(
  provider: ProviderV1,
  meeting: Meeting,
  options: ExportOptions,
): Promise<{ text: string; count: number }> {
  const records: PhoneExportRecord[] = [];
  const costs: (Money | undefined)[] = [];
  const pageSize = Math.min(options.pageSize, provider.capabilities.maxPageSize);
  for await (const participant of streamPhoneParticipants(provider, meeting.id, {
    concurrency: 4,
    pageSize,
    signal: options.signal,
  })) {
    records.push(toPhoneExportRecord(participant, { mask: options.mask }));
    costs.push(participant.cost);
    if (records.length % pageSize === 0) options.onProgress?.(records.length);
  }
  options.onProgress?.(records.length);
  const text =
    options.format === 'csv'
      ? toCsv(records)
      : toJsonExport(meeting, records, costs, { mask: options.mask, exportedAt: options.now ?? new Date() });
  return { text, count: records.length };
}
