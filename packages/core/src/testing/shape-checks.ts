import { describe, expect, it } from 'vitest';
import { describeSettings } from '../provider/settings-field.js';
import type { ConformanceContext } from './conformance-context.js';

/** The provider's declaration: contract version, id, name, capabilities and settings metadata. */
export function shapeChecks(context: ConformanceContext): void {
  describe('shape', () => {
    it('declares contract v1, an id, a name and consistent capabilities', () => {
      const { provider } = context;
      expect(provider.specificationVersion).toBe('v1');
      expect(provider.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(provider.displayName.length).toBeGreaterThan(0);
      const { capabilities } = provider;
      expect(capabilities.maxPageSize).toBeGreaterThanOrEqual(capabilities.defaultPageSize);
      expect(capabilities.defaultPageSize).toBeGreaterThan(0);
      expect(typeof provider.listMeetings === 'function').toBe(capabilities.listMeetings);
      expect(typeof provider.listParticipants === 'function').toBe(capabilities.listParticipants);
      expect(typeof provider.startCallOut === 'function').toBe(capabilities.callOut);
    });

    it('describes every setting with a title and a description, and flags secrets', () => {
      const fields = describeSettings(context.provider.settingsSchema);
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields) {
        expect(field.title.trim().length, `${field.name} has a title`).toBeGreaterThan(0);
        expect(field.description.length, `${field.name} has a description`).toBeGreaterThan(0);
      }
      expect(fields.some((field) => field.secret)).toBe(true);
    });
  });
}
