import {
  AuthenticationError,
  collect,
  InvalidInputError,
  NotFoundError,
  streamPhoneParticipants,
} from '@callroll/core';
import type { CallrollApi } from '@callroll/vscode/api';
import { describe, expect, it } from 'vitest';
import type * as vscode from 'vscode';
import { createExampleProvider, exampleProviderFactory } from '../src/example-provider.js';
import { activate } from '../src/extension.js';
import { stub } from './vscode-stub.js';

const now = () => new Date('2026-11-02T10:00:00Z');

describe('the example provider', () => {
  it('lists meetings and streams every phone line in order', async () => {
    const provider = createExampleProvider({ token: 'example-token' }, now);
    const { items } = (await provider.listMeetings?.({ from: new Date('2026-11-01T00:00Z'), to: now() })) ?? {
      items: [],
    };
    expect(items.map((meeting) => meeting.topic)).toEqual([
      'Example all-hands 示例全员会',
      'Example retrospective',
    ]);
    const first = await provider.listPhoneParticipants('ex-100', { pageSize: 100 });
    expect(first).toMatchObject({ total: 250, nextCursor: '100', pageCursors: ['100', '200'] });
    const lines = await collect(streamPhoneParticipants(provider, 'ex-100'));
    expect(lines.map((line) => line.participantId)).toEqual(
      Array.from({ length: 250 }, (_, i) => `ex-100-line-${i + 1}`),
    );
    expect((await provider.getMeeting('200')).id).toBe('ex-200');
  });

  it('fails the way Callroll expects: typed errors, settings checked first', async () => {
    await expect(createExampleProvider({ token: 'wrong-token' }, now).getMeeting('100')).rejects.toSatisfy(
      AuthenticationError.isInstance,
    );
    await expect(createExampleProvider({ token: 'example-token' }, now).getMeeting('404')).rejects.toSatisfy(
      NotFoundError.isInstance,
    );
    expect(() => exampleProviderFactory.create({ token: 'short' })).toThrow(InvalidInputError);
  });
});

describe('activation', () => {
  it('registers the factory with the Callroll API and disposes it with the extension', async () => {
    const registered: unknown[] = [];
    let disposed = 0;
    const api: CallrollApi = {
      apiVersion: 1,
      registerProvider: (provider) => {
        registered.push(provider);
        return { dispose: () => disposed++ };
      },
    };
    stub.callroll = { activate: async () => api };
    const context = { subscriptions: [] as Array<{ dispose(): void }> };
    await activate(context as unknown as vscode.ExtensionContext);
    expect(registered).toEqual([exampleProviderFactory]);
    for (const subscription of context.subscriptions) subscription.dispose();
    expect(disposed).toBe(1);
  });

  it('warns instead of failing when Callroll is missing', async () => {
    stub.callroll = undefined;
    await activate({ subscriptions: [] } as unknown as vscode.ExtensionContext);
    expect(stub.warnings).toEqual(['Callroll Example Provider needs the Callroll extension.']);
  });
});
