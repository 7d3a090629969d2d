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

    it('declares its live and call-out capabilities consistently', () => {
      const { liveStatus, rateBudget, callOutBatchSize, callOutCallingCodes } = context.provider.capabilities;
      if (liveStatus !== undefined) expect(typeof liveStatus).toBe('boolean');
      if (rateBudget !== undefined) {
        expect(Number.isInteger(rateBudget.requests) && rateBudget.requests > 0, 'rateBudget.requests').toBe(
          true,
        );
        expect(Number.isInteger(rateBudget.windowMs) && rateBudget.windowMs > 0, 'rateBudget.windowMs').toBe(
          true,
        );
        const { concurrency } = rateBudget;
        if (concurrency !== undefined) {
          expect(Number.isInteger(concurrency) && concurrency > 0, 'rateBudget.concurrency').toBe(true);
        }
      }
      if (callOutBatchSize !== undefined) {
        expect(Number.isInteger(callOutBatchSize) && callOutBatchSize > 0, 'callOutBatchSize').toBe(true);
      }
      for (const code of callOutCallingCodes ?? []) expect(code).toMatch(/^[1-9]\d{0,2}$/);
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
