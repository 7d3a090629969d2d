import type { ProviderV1 } from '@callroll/core';
import { createReferenceProvider } from '@callroll/core/reference';
import { systecUMeetingProviderFactory } from '@callroll/provider-systec';
import { tencentMeetingProviderFactory } from '@callroll/provider-tencent';
import { describe, expect, it } from 'vitest';
import { ProviderRegistry } from '../src/providers/provider-registry.js';

describe('ProviderRegistry', () => {
  it('keeps factories and ready providers apart and tells of every change', () => {
    const registry = new ProviderRegistry();
    const changes: string[] = [];
    registry.onDidChange((registration) => changes.push(`${registration.kind}:${registration.id}`));
    registry.register(tencentMeetingProviderFactory, 'builtin');
    registry.register(systecUMeetingProviderFactory, 'builtin');
    const ready = registry.register(
      createReferenceProvider({ baseURL: 'http://127.0.0.1:9', apiKey: 'reference-key-01' }),
      'ext.one',
    );
    expect(registry.factories().map((registration) => registration.id)).toEqual(['tencent', 'systec']);
    expect(registry.instances().map((registration) => registration.id)).toEqual(['reference']);
    ready.dispose();
    ready.dispose();
    expect(registry.instances()).toEqual([]);
    expect(changes).toEqual([
      'factory:tencent',
      'factory:systec',
      'instance:reference',
      'instance:reference',
    ]);
  });

  it('refuses anything that is not a v1 provider, bad ids and taken ids', () => {
    const registry = new ProviderRegistry();
    registry.register(tencentMeetingProviderFactory, 'builtin');
    expect(() => registry.register(tencentMeetingProviderFactory, 'ext')).toThrow(/already registered/);
    expect(() => registry.register({ specificationVersion: 'v2' }, 'ext')).toThrow(/v1 provider/);
    expect(() => registry.register(null, 'ext')).toThrow(/v1 provider/);
    const badId = {
      ...createReferenceProvider({ baseURL: 'http://127.0.0.1:9', apiKey: 'reference-key-01' }),
      id: 'Bad Id',
    };
    expect(() => registry.register(badId satisfies ProviderV1, 'ext')).toThrow(/not a valid provider id/);
  });
});
