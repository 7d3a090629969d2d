import {
  meetingStatusSchema as coreMeetingStatus,
  phoneDirectionSchema as corePhoneDirection,
  phoneStatusSchema as corePhoneStatus,
  type MeetingRecord,
  type PhoneExportRecord,
} from '@callroll/core';
import { z } from 'zod';

// The core's enums are zod/mini, whose JSON Schema the SDK's (classic) conversion cannot write:
// the same values as classic enums.
const meetingStatusSchema = z.enum(coreMeetingStatus.options);
const phoneDirectionSchema = z.enum(corePhoneDirection.options);
export const phoneStatusSchema = z.enum(corePhoneStatus.options);

// Inputs: each bounded, so that nothing unreasonable reaches a provider.

export const providerInput = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .describe('A provider id from list_providers, such as "tencent" or "systec".');
export const accountInput = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .optional()
  .describe('An account of the config file; by default the one named "default", else the only one.');
export const meetingInput = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe('The meeting id (as list_meetings gives it), or the join code where the provider takes codes.');
export const cursorInput = z
  .string()
  .min(1)
  .max(8_000)
  .optional()
  .describe('nextCursor of the previous answer, with the same other arguments, to go on from there.');
export const limitInput = z
  .number()
  .int()
  .min(1)
  .max(500)
  .default(50)
  .describe('Rows in this answer, at most 500 (default 50); nextCursor gives the rest.');
export const statusesInput = z.array(phoneStatusSchema).min(1).max(6);

// Outputs: the core's records, as JSON Schema for the client.

const text = z.string().nullable();

export const meetingRecordSchema = z.object({
  provider: z.string(),
  id: z.string(),
  code: text,
  topic: text,
  status: meetingStatusSchema,
  rawStatus: text,
  startAt: text.describe('ISO 8601, UTC'),
  endAt: text.describe('ISO 8601, UTC'),
  host: text,
}) satisfies z.ZodType<MeetingRecord>;

export const moneySchema = z.object({
  amount: z.string().describe('Exact decimal, such as "120.00" summed exactly'),
  currency: z.string().describe('ISO 4217, such as CNY'),
});

export const phoneRecordSchema = z.object({
  provider: z.string(),
  meetingId: z.string(),
  participantId: text,
  phone: z.string().describe('The number for display; masked unless the server runs with --show-numbers'),
  e164: text.describe('The full number; null when masked'),
  extension: text,
  name: text,
  direction: phoneDirectionSchema,
  rawDirection: text,
  status: phoneStatusSchema,
  rawStatus: text.describe("The provider's own status text"),
  joinedAt: text,
  leftAt: text,
  durationSeconds: z.number().nullable(),
  cost: text.describe('Exact decimal amount'),
  currency: text,
}) satisfies z.ZodType<PhoneExportRecord>;
