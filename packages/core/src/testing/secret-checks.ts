import { describe, expect, it } from 'vitest';
import type { CallrollError } from '../errors/callroll-error.js';
import type { ConformanceContext } from './conformance-context.js';

/** Last: every event and every error the suite saw, searched for every secret, refused ones too. */
export function secretChecks(context: ConformanceContext): void {
  describe('secrets', () => {
    it('appear in no error and no log event', () => {
      const { events, errors, fixture } = context;
      expect(events.length).toBeGreaterThan(0);
      expect(fixture.rejectedSecrets.length, 'the fixture names the secrets it gets refused').toBeGreaterThan(
        0,
      );
      const texts = [
        ...events.map((event) => JSON.stringify(event)),
        ...errors.flatMap((error) => [
          String(error),
          (error as Error).stack ?? '',
          JSON.stringify(error),
          JSON.stringify((error as CallrollError).toJSON?.()),
        ]),
      ];
      for (const secret of [...fixture.secrets, ...fixture.rejectedSecrets]) {
        expect(secret.length).toBeGreaterThan(3);
        for (const text of texts)
          expect(text.includes(secret), `a secret leaked into: ${text.slice(0, 200)}`).toBe(false);
      }
    });
  });
}
