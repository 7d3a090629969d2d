import { ProviderError } from '../../src/errors/provider-error.js';
import { throwIfAborted } from '../../src/errors/throw-if-aborted.js';
import type { PageRequest } from '../../src/provider/page.js';
import type { ProviderV1 } from '../../src/provider/provider-v1.js';

/** One way a provider can break the contract; each must make a conformance check fail. */
export type ContractFault =
  | 'duplicates-an-item'
  | 'leaks-a-secret'
  | 'hides-auth-errors'
  | 'loses-unknown-statuses'
  | 'skips-input-validation'
  | 'ignores-abort'
  | 'drops-the-signal'
  | 'skips-page-checks'
  | 'echoes-the-rejected-key'
  | 'misdeclares-capabilities';

/** The keys of the provider a fault is added to: the one it sends and the one the server accepts. */
export interface FaultKeys {
  sent: string;
  accepted: string;
}

/** The reference provider with one fault added. */
export function withFault(provider: ProviderV1, fault: ContractFault, keys: FaultKeys): ProviderV1 {
  const broken: ProviderV1 = Object.create(provider) as ProviderV1;
  if (fault === 'misdeclares-capabilities') {
    Object.defineProperty(broken, 'capabilities', {
      value: { ...provider.capabilities, rateBudget: { requests: 0, windowMs: 60_000 }, callOutBatchSize: 0 },
    });
  }
  const rethrow = (error: unknown): never => {
    const auth = (error as { kind?: string }).kind === 'authentication';
    if (fault === 'leaks-a-secret') (error as Error).message += ` (key ${keys.accepted})`;
    if (fault === 'echoes-the-rejected-key' && auth) (error as Error).message += ` (sent ${keys.sent})`;
    if (fault === 'hides-auth-errors' && auth) {
      throw new ProviderError({ message: 'failed', provider: provider.id });
    }
    throw error;
  };
  broken.getMeeting = (ref, options) => {
    if (fault === 'skips-input-validation' && ref.includes('/')) {
      return Promise.reject(new ProviderError({ message: 'the server said 404', provider: provider.id }));
    }
    return provider.getMeeting(ref, options).catch(rethrow);
  };
  broken.listPhoneParticipants = async (meetingId, request) => {
    const page = await provider.listPhoneParticipants(meetingId, passedOn(fault, request)).catch(rethrow);
    if (fault === 'duplicates-an-item' && request?.cursor !== undefined && page.items.length > 1) {
      page.items[0] = page.items[1] as (typeof page.items)[number];
    }
    if (fault === 'loses-unknown-statuses') {
      for (const item of page.items) if (item.status === 'unknown') item.status = 'ended';
    }
    return page;
  };
  return broken;
}

/** The page request as a faulty listing hands it on to the real one. */
function passedOn(fault: ContractFault, request: PageRequest | undefined): PageRequest | undefined {
  if (fault === 'ignores-abort') return { ...request, signal: undefined };
  if (fault === 'drops-the-signal') {
    // Looks at the signal itself, as a provider that forgot to pass it to its transport would.
    throwIfAborted(request?.signal, 'reference');
    return { ...request, signal: undefined };
  }
  if (fault === 'skips-page-checks') {
    // Makes any request "work": a size clamped into bounds, a cursor of a shape it did not issue dropped.
    const size = request?.pageSize;
    const pageSize = size === undefined ? undefined : Math.min(100, Math.max(1, Math.round(size)));
    const cursor =
      request?.cursor !== undefined && /^[1-9]\d*$/.test(request.cursor) ? request.cursor : undefined;
    return { ...request, pageSize, cursor };
  }
  return request;
}
