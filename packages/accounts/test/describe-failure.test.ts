import { AuthenticationError, NotFoundError, RateLimitedError } from '@callroll/core';
import { tencentMeetingProviderFactory } from '@callroll/provider-tencent';
import { describe, expect, it } from 'vitest';
import { AccountError } from '../src/errors/account-error.js';
import { describeFailure } from '../src/errors/describe-failure.js';
import { accountMessagesFor } from '../src/i18n/account-messages-for.js';
import type { FrontEndWords } from '../src/i18n/front-end-words.js';

const words = (name: string): FrontEndWords => ({
  accountChoice: `${name}-account`,
  meetingListing: `${name}-meetings`,
  again: `${name}-again`,
  requestLogHint: ` (${name}-log)`,
  reportWith: `${name}-report`,
  callingCodeChoice: `${name}-area`,
});
const messages = accountMessagesFor('en', { en: words('front'), 'zh-CN': words('前端') });
const messagesZh = accountMessagesFor('zh-CN', { en: words('front'), 'zh-CN': words('前端') });

describe('describeFailure', () => {
  it("words a provider's typed error with the front end's own words, and tells its kind", () => {
    const factory = tencentMeetingProviderFactory;
    expect(
      describeFailure(
        new NotFoundError({ provider: 'tencent', message: 'no meeting', resource: 'meeting', id: '42' }),
        {
          messages,
          factory,
        },
      ),
    ).toEqual({
      kind: 'notFound',
      line: 'Tencent Meeting (腾讯会议) has no meeting "42"; check the id (front-meetings lists them).',
    });
    expect(
      describeFailure(new RateLimitedError({ provider: 'tencent', message: 'limited' }), {
        messages,
        factory,
      }),
    ).toEqual({
      kind: 'rateLimited',
      line: 'Tencent Meeting (腾讯会议) is still rate limiting after waiting for its window several times; wait a minute and front-again.',
    });
    const auth = describeFailure(new AuthenticationError({ provider: 'tencent', message: 'rejected' }), {
      messages,
      factory,
    });
    expect(auth.kind).toBe('authentication');
    expect(auth.line).toContain('CALLROLL_TENCENT_SECRET_KEY');
  });

  it('passes an account problem on as worded, and anything else as an internal error', () => {
    expect(describeFailure(new AccountError('worded', 'settings'), { messages, factory: undefined })).toEqual(
      {
        kind: 'settings',
        line: 'worded',
      },
    );
    expect(describeFailure(new Error('boom'), { messages: messagesZh, factory: undefined })).toEqual({
      kind: 'internal',
      line: '内部错误：boom。请连同前端-report一起报告。',
    });
  });
});
