import { describe, expect, it } from 'vitest';
import { AbortedError } from '../src/errors/aborted-error.js';
import { AuthenticationError } from '../src/errors/authentication-error.js';
import { CallrollError } from '../src/errors/callroll-error.js';
import { InvalidInputError } from '../src/errors/invalid-input-error.js';
import { InvalidResponseError } from '../src/errors/invalid-response-error.js';
import { NetworkError } from '../src/errors/network-error.js';
import { NotFoundError } from '../src/errors/not-found-error.js';
import { PermissionError } from '../src/errors/permission-error.js';
import { ProviderError } from '../src/errors/provider-error.js';
import { RateLimitedError } from '../src/errors/rate-limited-error.js';
import { TimeoutError } from '../src/errors/timeout-error.js';

const samples = () => [
  new AuthenticationError({ message: 'a', provider: 'tencent', status: 401, providerCode: 200003 }),
  new PermissionError({ message: 'p', provider: 'tencent', providerCode: 9042 }),
  new NotFoundError({ message: 'n', provider: 'systec', resource: 'meeting', id: '1' }),
  new RateLimitedError({ message: 'r', provider: 'tencent', retryAfterMs: 1000 }),
  new InvalidInputError({ provider: 'tencent', issues: [{ field: 'meetingId', problem: 'must be digits' }] }),
  new InvalidResponseError({ provider: 'systec', field: 'data.meetings[0].duration' }),
  new NetworkError({ message: 'x', provider: 'tencent', code: 'ECONNRESET' }),
  new TimeoutError({ message: 't', provider: 'tencent', timeoutMs: 100 }),
  new AbortedError({ provider: 'tencent' }),
  new ProviderError({ message: 'e', provider: 'tencent', providerCode: 500, providerMessage: 'boom' }),
];

describe('errors', () => {
  it('each kind is recognised by its own isInstance and by the base, and by no other', () => {
    const classes = [
      AuthenticationError,
      PermissionError,
      NotFoundError,
      RateLimitedError,
      InvalidInputError,
      InvalidResponseError,
      NetworkError,
      TimeoutError,
      AbortedError,
      ProviderError,
    ];
    samples().forEach((error, index) => {
      expect(CallrollError.isInstance(error)).toBe(true);
      classes.forEach((kind, other) => {
        expect(kind.isInstance(error), `${error.name} vs ${kind.name}`).toBe(index === other);
      });
    });
    expect(CallrollError.isInstance(new Error('plain'))).toBe(false);
    expect(CallrollError.isInstance(null)).toBe(false);
    expect(NotFoundError.isInstance({ kind: 'not-found' })).toBe(false);
  });

  it('isInstance works across two copies of the module, where instanceof does not', async () => {
    // A query string makes the module loader evaluate a second, separate copy, as a duplicate install would.
    const specifier = '../src/errors/not-found-error.js?copy';
    const copy = (await import(
      /* @vite-ignore */ specifier
    )) as typeof import('../src/errors/not-found-error.js');
    const foreign = new copy.NotFoundError({ message: 'gone', resource: 'meeting' });
    expect(foreign instanceof NotFoundError).toBe(false);
    expect(NotFoundError.isInstance(foreign)).toBe(true);
    expect(CallrollError.isInstance(foreign)).toBe(true);
  });

  it('carries what a caller acts on: retryable, status, provider', () => {
    const [auth, , , rate, , , network, timeout, aborted] = samples();
    expect(auth?.retryable).toBe(false);
    expect(auth?.status).toBe(401);
    expect(rate?.retryable).toBe(true);
    expect((rate as RateLimitedError).retryAfterMs).toBe(1000);
    expect(network?.retryable).toBe(true);
    expect(timeout?.retryable).toBe(true);
    expect(aborted?.retryable).toBe(false);
    expect(auth?.provider).toBe('tencent');
  });

  it('serialises to JSON without stack or cause', () => {
    const error = new ProviderError({
      message: 'e',
      provider: 'tencent',
      providerCode: 190004,
      cause: new Error('inner'),
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'ProviderError',
      kind: 'provider',
      message: 'e',
      provider: 'tencent',
      retryable: false,
      providerCode: '190004',
    });
  });

  it('invalid input names every field and builds its message from them', () => {
    const error = new InvalidInputError({
      issues: [
        { field: 'CALLROLL_TENCENT_SECRET_KEY', problem: 'is required' },
        { field: 'meetingId', problem: 'must be digits' },
      ],
    });
    expect(error.fields).toEqual(['CALLROLL_TENCENT_SECRET_KEY', 'meetingId']);
    expect(error.message).toBe(
      'Invalid input: CALLROLL_TENCENT_SECRET_KEY: is required; meetingId: must be digits',
    );
  });
});
