import { ProviderError } from '../../src/errors/provider-error.js';
import type { ProviderV1 } from '../../src/provider/provider-v1.js';

/** One way a provider can break the contract; each must make a conformance check fail. */
export type ContractFault =
  | 'duplicates-an-item'
  | 'leaks-a-secret'
  | 'hides-auth-errors'
  | 'loses-unknown-statuses'
  | 'skips-input-validation'
  | 'ignores-abort'
  | 'misdeclares-capabilities';

/** The reference provider with one fault added. */
export function withFault(provider: ProviderV1, fault: ContractFault, secret: string): ProviderV1 {
  const broken: ProviderV1 = Object.create(provider) as ProviderV1;
  if (fault === 'misdeclares-capabilities') {
    Object.defineProperty(broken, 'capabilities', {
      value: { ...provider.capabilities, rateBudget: { requests: 0, windowMs: 60_000 }, callOutBatchSize: 0 },
    });
  }
  const rethrow = (error: unknown): never => {
    if (fault === 'leaks-a-secret') (error as Error).message += ` (key ${secret})`;
    if (fault === 'hides-auth-errors' && (error as { kind?: string }).kind === 'authentication') {
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
    const page = await provider
      .listPhoneParticipants(
        meetingId,
        fault === 'ignores-abort' ? { ...request, signal: undefined } : request,
      )
      .catch(rethrow);
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
