import { describeSettings } from '@callroll/core';
import { tencentSettingsSchema } from '@callroll/provider-tencent';
import { describe, expect, it } from 'vitest';
import { LiveRefresher, type Timers } from '../src/tree/live-refresher.js';
import { formatMessage } from '../src/util/localize.js';
import { validateSetting } from '../src/vscode/account-form/validate-setting.js';

function manualTimers() {
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const api: Timers = {
    setInterval: (callback, ms) => {
      timers.set(++next, { callback, ms });
      return next;
    },
    clearInterval: (handle) => timers.delete(handle as number),
  };
  const fire = () => {
    for (const timer of [...timers.values()]) timer.callback();
  };
  return { api, timers, fire };
}

describe('LiveRefresher', () => {
  it('runs only while the view is visible and an interval is set, never overlapping', async () => {
    const timers = manualTimers();
    let ticks = 0;
    let release: () => void = () => undefined;
    const refresher = new LiveRefresher(async () => {
      ticks++;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    }, timers.api);

    refresher.configure({ intervalSeconds: 30, visible: false });
    expect(refresher.active).toBe(false);
    refresher.configure({ visible: true });
    expect([...timers.timers.values()].map((timer) => timer.ms)).toEqual([30_000]);

    timers.fire();
    timers.fire();
    expect(ticks).toBe(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    timers.fire();
    expect(ticks).toBe(2);

    refresher.configure({ visible: false });
    expect(timers.timers.size).toBe(0);
    refresher.configure({ visible: true, intervalSeconds: 0 });
    expect(refresher.active).toBe(false);
    refresher.dispose();
  });
});

describe('setting prompts', () => {
  const fields = Object.fromEntries(
    describeSettings(tencentSettingsSchema).map((field) => [field.name, field]),
  );
  const check = (name: string, text: string, keepsStoredValue = false) =>
    validateSetting(
      tencentSettingsSchema,
      fields[name] as NonNullable<(typeof fields)[string]>,
      text,
      formatMessage,
      {
        keepsStoredValue,
      },
    );

  it("checks each field with the provider's own schema, never echoing the value", () => {
    expect(check('appId', '200000001')).toBeUndefined();
    expect(check('appId', 'abc')).toBe('AppId must be the digits of your enterprise AppId');
    expect(check('appId', '')).toBe('AppId is required');
    expect(check('secretKey', 'short')).toBe('SecretKey must be at least 8 characters');
    expect(check('secretKey', 'short')).not.toContain('short,');
    expect(check('secretKey', '', true)).toBeUndefined();
    expect(check('operatorIdType', 'two')).toBe('Operator id type must be a number');
    expect(check('operatorIdType', '')).toBeUndefined();
    expect(check('baseURL', 'not a url')).toBe('API URL must be a URL');
  });
});
