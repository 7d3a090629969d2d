import type { Emulator } from '../../src/index.js';

/**
 * A tiny Systec form-POST client for the emulator's own tests, written apart from the emulator
 * (it parses nothing of the emulator's), so that the two check each other. Not for use by clients.
 */
export interface SystecPostOptions {
  /** Form fields besides the credentials. */
  params?: Record<string, string>;
  /** `false` sends none; an object replaces either or both. */
  credentials?: false | { api_key?: string; api_secret?: string };
  method?: 'GET' | 'POST' | 'PUT';
  /** Replaces the form Content-Type (`null`: send none). */
  contentType?: string | null;
  /** Sent instead of the encoded form. */
  rawBody?: string;
  /** Appended to the URL, without the `?`. */
  query?: string;
}

export interface SystecResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

/** The answer's `data` when it is the success envelope; throws otherwise so tests fail loudly. */
export interface ListingData {
  from: unknown;
  to: unknown;
  total_record: number;
  total_page: number;
  page_number: number;
  page_size: number;
  has_previous_page: unknown;
  has_next_page: unknown;
  meetings: WireMeeting[];
}

export interface WireMeeting {
  id?: string;
  uuid?: string;
  host_id?: string;
  meeting_id?: unknown;
  topic?: string;
  start_time?: string;
  duration?: unknown;
  end_time?: string;
  is_extra?: unknown;
  participants?: { name: string; join_time: string; leave_time?: string }[];
  telephony_usage?: {
    phone_number: string;
    type: string;
    start_time: string;
    end_time: string;
    duration: unknown;
    total: number;
  }[];
}

export async function systecPost(
  emulator: Emulator,
  path: string,
  options: SystecPostOptions = {},
): Promise<SystecResponse> {
  const { apiKey, apiSecret } = emulator.systec.credentials;
  const form = new URLSearchParams();
  if (options.credentials !== false) {
    form.set('api_key', options.credentials?.api_key ?? apiKey);
    form.set('api_secret', options.credentials?.api_secret ?? apiSecret);
  }
  for (const [name, value] of Object.entries(options.params ?? {})) form.set(name, value);
  const method = options.method ?? 'POST';
  const headers: Record<string, string> = {};
  const contentType =
    options.contentType === undefined ? 'application/x-www-form-urlencoded' : options.contentType;
  if (contentType !== null) headers['Content-Type'] = contentType;
  const url = `${emulator.systec.baseURL}${path}${options.query === undefined ? '' : `?${options.query}`}`;
  const response = await fetch(url, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body: options.rawBody ?? form.toString() }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The `data` of a success envelope (HTTP 200, `status` 200); throws with the body otherwise. */
export function dataOf(response: SystecResponse): ListingData {
  const body = response.json as { status?: unknown; data?: ListingData } | undefined;
  if (response.status !== 200 || body?.status !== 200 || body.data === undefined) {
    throw new Error(`Not a success envelope: HTTP ${response.status} ${response.text.slice(0, 300)}`);
  }
  return body.data;
}

/** `{status, message}` of an envelope error, or undefined. */
export function envelopeError(response: SystecResponse): { status: number; message: string } | undefined {
  const body = response.json as { status?: unknown; message?: unknown } | undefined;
  return typeof body?.status === 'number' && body.status !== 200 && typeof body.message === 'string'
    ? { status: body.status, message: body.message }
    : undefined;
}

/** All pages of share/detail for a range, page by page. */
export async function allDetailPages(
  emulator: Emulator,
  params: Record<string, string>,
): Promise<ListingData[]> {
  const pages: ListingData[] = [];
  for (let page = 1; ; page++) {
    const data = dataOf(
      await systecPost(emulator, 'share/detail', { params: { ...params, page_number: String(page) } }),
    );
    pages.push(data);
    if (page >= data.total_page) return pages;
  }
}
