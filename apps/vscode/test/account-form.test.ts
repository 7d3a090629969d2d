import { describeSettings, settingsField } from '@callroll/core';
import { type Emulator, startEmulator } from '@callroll/emulator';
import { systecSettingsSchema } from '@callroll/provider-systec';
import { tencentSettingsSchema } from '@callroll/provider-tencent';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatMessage } from '../src/util/localize.js';
import { fieldChoices } from '../src/vscode/account-form/field-choices.js';
import { validateSetting } from '../src/vscode/account-form/validate-setting.js';
import { messages, pendingAnswers, pick, shownPrompts, type } from './fakes/fake-ui.js';
import { env, fakeState } from './fakes/vscode.js';
import { activateForTest } from './support/activate.js';
import { zh, zhBundle } from './support/zh-cn.js';

const fieldOf = (schema: typeof tencentSettingsSchema | typeof systecSettingsSchema, name: string) => {
  const field = describeSettings(schema).find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
};

describe('setting prompts', () => {
  const check = (name: string, text: string, keepsStoredValue = false) =>
    validateSetting(tencentSettingsSchema, fieldOf(tencentSettingsSchema, name), text, formatMessage, {
      keepsStoredValue,
    });

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

  it('says what is wrong in one language: Chinese titles and problems in a Chinese window', () => {
    const field = fieldOf(tencentSettingsSchema, 'appId');
    const options = { title: zh('AppId'), locale: 'zh-cn' };
    expect(validateSetting(tencentSettingsSchema, field, 'abc', zh, options)).toBe(
      '企业 ID（AppId） 必须是企业 AppId 的数字',
    );
    expect(validateSetting(tencentSettingsSchema, field, '', zh, options)).toBe('需要填写 企业 ID（AppId）');
    const secretKey = fieldOf(tencentSettingsSchema, 'secretKey');
    expect(validateSetting(tencentSettingsSchema, secretKey, 'short', zh, { locale: 'zh-cn' })).toBe(
      'SecretKey 至少需要 8 个字符',
    );
    // A third-party provider's own English wording is not mixed into a Chinese message.
    const schema = z.object({
      code: settingsField(z.string().regex(/^x/, 'must start with an x'), { title: 'Code', description: '' }),
    });
    const code = describeSettings(schema)[0];
    if (!code) throw new Error('no field');
    expect(validateSetting(schema, code, 'abc', zh, { locale: 'zh-cn' })).toBe('Code 无效');
    expect(validateSetting(schema, code, 'abc', formatMessage, { locale: 'en' })).toBe(
      'Code must start with an x',
    );
  });

  it('offers picks instead of free numbers', () => {
    const idType = fieldChoices('tencent', fieldOf(tencentSettingsSchema, 'operatorIdType'), formatMessage);
    expect(idType?.items.map((item) => item.value)).toEqual([1, 2, 3]);
    expect(idType?.other).toBe(false);
    const rate = fieldChoices('tencent', fieldOf(tencentSettingsSchema, 'requestsPerMinute'), formatMessage);
    expect(rate?.items.map((item) => item.value)).toEqual([60, 120, 300, 600]);
    const byId = fieldChoices('systec', fieldOf(systecSettingsSchema, 'reportsIdParameter'), zh);
    expect(byId?.items.map((item) => [item.label, item.value])).toEqual([
      ['会议号', 'meeting_ids'],
      ['会议记录', 'uuid'],
    ]);
    expect(fieldChoices('systec', fieldOf(systecSettingsSchema, 'timeZone'), formatMessage)?.other).toBe(
      true,
    );
    expect(fieldChoices('systec', fieldOf(systecSettingsSchema, 'apiKey'), formatMessage)).toBeUndefined();
  });
});

describe('the "Add account" form', () => {
  let emulator: Emulator;
  let host: Awaited<ReturnType<typeof activateForTest>>;
  beforeAll(async () => {
    emulator = await startEmulator({ seed: 'vscode-account-form', scenario: { rateLimitPerMinute: 0 } });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(async () => {
    host = await activateForTest();
  });
  afterEach(() => {
    host.dispose();
    expect(pendingAnswers()).toBe(0);
  });
  const run = (command: string) => fakeState.commands.get(command)?.();

  it('asks a Chinese-speaking admin for the essentials first, in Chinese, the rest behind 更多设置', async () => {
    fakeState.bundle = zhBundle;
    env.language = 'zh-cn';
    const { credentials, baseURL } = emulator.tencent;
    pick('Tencent Meeting');
    type(credentials.appId);
    type(credentials.secretId);
    type(credentials.secretKey);
    type(credentials.operatorId);
    type('腾讯会议');
    pick('更多设置');
    pick('API 地址');
    type(baseURL);
    pick('操作者 ID 类型');
    pick('userid (1)');
    pick('保存并检查连接');
    await run('callroll.addAccount');

    const titles = shownPrompts.map((prompt) => prompt.text.split(' — ')[0]);
    expect(titles.slice(1, 6)).toEqual([
      '添加 Tencent Meeting (腾讯会议) 帐户（1/5）：企业 ID（AppId）',
      '添加 Tencent Meeting (腾讯会议) 帐户（2/5）：SecretId',
      '添加 Tencent Meeting (腾讯会议) 帐户（3/5）：SecretKey',
      '添加 Tencent Meeting (腾讯会议) 帐户（4/5）：操作者 ID',
      '添加 Tencent Meeting (腾讯会议) 帐户（5/5）：名称',
    ]);
    expect(titles).toContain('添加 Tencent Meeting (腾讯会议) 帐户：腾讯会议：更多设置：操作者 ID 类型');
    const [account] = fakeState.settings.get('callroll.accounts') as Array<{
      settings: Record<string, unknown>;
    }>;
    expect(account?.settings).toMatchObject({ operatorIdType: 1, baseURL });
    // Checked right after saving, and said in Chinese.
    expect(messages.at(-1)).toEqual({ kind: 'info', text: '“腾讯会议”连接正常。' });
  });

  it('checks the connection after saving and offers Edit account when it fails', async () => {
    const { credentials, baseURL } = emulator.systec;
    pick('Systec');
    type(credentials.apiKey);
    type('a-wrong-api-secret');
    type('Systec');
    pick('More settings');
    pick('Meeting reports by');
    pick('Meeting records');
    pick('API URL');
    type(baseURL);
    pick('Save and check the connection');
    const id = await run('callroll.addAccount');
    expect(typeof id).toBe('string');
    const [account] = fakeState.settings.get('callroll.accounts') as Array<{
      settings: Record<string, unknown>;
    }>;
    expect(account?.settings).toMatchObject({ reportsIdParameter: 'uuid', baseURL });
    expect(messages.at(-1)).toMatchObject({
      kind: 'error',
      text: expect.stringContaining('Sign-in rejected'),
    });
    expect(JSON.stringify(messages)).not.toContain('a-wrong-api-secret');
  });
});
