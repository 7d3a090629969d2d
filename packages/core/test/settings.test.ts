import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidInputError } from '../src/errors/invalid-input-error.js';
import {
  describeSettings,
  parseSettings,
  secretSettingNames,
  settingsField,
} from '../src/provider/settings-field.js';
import { settingsEnvName, settingsFromEnv } from '../src/settings/settings-from-env.js';

const schema = z.object({
  appId: settingsField(z.string().regex(/^\d+$/, 'must be digits'), {
    title: 'AppId',
    description: 'The enterprise id',
  }),
  secretKey: settingsField(z.string().min(8), {
    title: 'SecretKey',
    description: 'The signing key',
    secret: true,
  }),
  operatorIdType: settingsField(z.number().int().min(1).max(3).default(1), {
    title: 'Operator id type',
    description: '1 userid',
  }),
  sdkId: settingsField(z.string().optional(), { title: 'SdkId', description: 'Only if allocated' }),
  verbose: settingsField(z.boolean().default(false), { title: 'Verbose', description: 'More logs' }),
  region: settingsField(z.enum(['cn', 'intl']).default('cn'), { title: 'Region', description: 'Where' }),
});
const provider = { id: 'tencent', settingsSchema: schema };

describe('describeSettings', () => {
  it('lists every field with its title, description, type, default and secret flag', () => {
    expect(describeSettings(schema)).toEqual([
      {
        name: 'appId',
        title: 'AppId',
        description: 'The enterprise id',
        secret: false,
        type: 'string',
        required: true,
      },
      {
        name: 'secretKey',
        title: 'SecretKey',
        description: 'The signing key',
        secret: true,
        type: 'string',
        required: true,
      },
      {
        name: 'operatorIdType',
        title: 'Operator id type',
        description: '1 userid',
        secret: false,
        type: 'number',
        required: false,
        defaultValue: 1,
      },
      {
        name: 'sdkId',
        title: 'SdkId',
        description: 'Only if allocated',
        secret: false,
        type: 'string',
        required: false,
      },
      {
        name: 'verbose',
        title: 'Verbose',
        description: 'More logs',
        secret: false,
        type: 'boolean',
        required: false,
        defaultValue: false,
      },
      {
        name: 'region',
        title: 'Region',
        description: 'Where',
        secret: false,
        type: 'enum',
        required: false,
        defaultValue: 'cn',
        options: ['cn', 'intl'],
      },
    ]);
    expect(secretSettingNames(schema)).toEqual(['secretKey']);
  });

  it('carries the secret flag in zod metadata, so JSON Schema keeps it', () => {
    const json = z.toJSONSchema(schema) as { properties: Record<string, { secret?: boolean }> };
    expect(json.properties.secretKey?.secret).toBe(true);
  });
});

describe('settingsFromEnv', () => {
  it('names variables in SCREAMING_SNAKE_CASE', () => {
    expect(settingsEnvName('tencent', 'secretKey')).toBe('CALLROLL_TENCENT_SECRET_KEY');
    expect(settingsEnvName('tencent', 'baseURL')).toBe('CALLROLL_TENCENT_BASE_URL');
    expect(settingsEnvName('my-provider', 'apiKey')).toBe('CALLROLL_MY_PROVIDER_API_KEY');
  });

  it('fills and coerces settings from the environment', () => {
    const settings = settingsFromEnv(provider, {
      env: {
        CALLROLL_TENCENT_APP_ID: '2000001',
        CALLROLL_TENCENT_SECRET_KEY: 's3cret-value-1',
        CALLROLL_TENCENT_OPERATOR_ID_TYPE: '2',
        CALLROLL_TENCENT_VERBOSE: 'yes',
      },
    });
    expect(settings).toEqual({
      appId: '2000001',
      secretKey: 's3cret-value-1',
      operatorIdType: 2,
      verbose: true,
      region: 'cn',
    });
  });

  it('lets the environment win over values from a file', () => {
    const settings = settingsFromEnv(provider, {
      env: { CALLROLL_TENCENT_SECRET_KEY: 'from-env-123' },
      base: { appId: '42', secretKey: 'from-file-123' },
    });
    expect(settings.secretKey).toBe('from-env-123');
    expect(settings.appId).toBe('42');
  });

  it('names every missing and invalid variable at once, never echoing a value', () => {
    let error: unknown;
    try {
      settingsFromEnv(provider, {
        env: { CALLROLL_TENCENT_APP_ID: 'abc', CALLROLL_TENCENT_SECRET_KEY: 'k3y-x9' },
      });
    } catch (caught) {
      error = caught;
    }
    expect(InvalidInputError.isInstance(error)).toBe(true);
    const invalid = error as InvalidInputError;
    expect(invalid.fields).toEqual(['CALLROLL_TENCENT_APP_ID', 'CALLROLL_TENCENT_SECRET_KEY']);
    expect(invalid.message).toContain('must be digits');
    expect(invalid.message).toContain('must be at least 8 characters');
    expect(JSON.stringify(invalid.toJSON()) + invalid.message).not.toContain('k3y-x9');

    const missing = (() => {
      try {
        settingsFromEnv(provider, { env: {} });
      } catch (caught) {
        return caught as InvalidInputError;
      }
    })();
    expect(missing?.fields).toEqual(['CALLROLL_TENCENT_APP_ID', 'CALLROLL_TENCENT_SECRET_KEY']);
    expect(missing?.issues[0]?.problem).toBe('is required');
  });

  it('refuses a number variable that is not a number, naming it', () => {
    expect(() =>
      settingsFromEnv(provider, {
        env: {
          CALLROLL_TENCENT_APP_ID: '1',
          CALLROLL_TENCENT_SECRET_KEY: '12345678',
          CALLROLL_TENCENT_OPERATOR_ID_TYPE: 'two',
        },
      }),
    ).toThrow(/CALLROLL_TENCENT_OPERATOR_ID_TYPE: must be a number/);
  });

  it('takes decimal numbers only, and says a fraction for a whole-number setting is not one', () => {
    const env = { CALLROLL_TENCENT_APP_ID: '1', CALLROLL_TENCENT_SECRET_KEY: '12345678' };
    const problemOf = (text: string) => {
      try {
        settingsFromEnv(provider, { env: { ...env, CALLROLL_TENCENT_OPERATOR_ID_TYPE: text } });
        return 'accepted';
      } catch (error) {
        return (error as InvalidInputError).issues.map((issue) => `${issue.field}: ${issue.problem}`);
      }
    };
    for (const text of ['0x2', '2e0', 'Infinity', '2,0', '--2']) {
      expect(problemOf(text), text).toEqual(['CALLROLL_TENCENT_OPERATOR_ID_TYPE: must be a number']);
    }
    expect(problemOf('1.5')).toEqual(['CALLROLL_TENCENT_OPERATOR_ID_TYPE: must be a whole number']);
    expect(problemOf(' 2 ')).toBe('accepted');
  });

  it('says "must be a number", not "is required", for a base value of the wrong type', () => {
    const base = { operatorIdType: 'abc', verbose: 'yes' };
    try {
      settingsFromEnv(provider, { env: { CALLROLL_TENCENT_APP_ID: '1' }, base });
      expect.unreachable();
    } catch (error) {
      const issues = (error as InvalidInputError).issues;
      expect(issues).toEqual([
        { field: 'CALLROLL_TENCENT_SECRET_KEY', problem: 'is required' },
        { field: 'operatorIdType', problem: 'must be a number' },
        { field: 'verbose', problem: 'must be a boolean' },
      ]);
      expect(JSON.stringify(issues)).not.toMatch(/abc|yes/);
    }
  });
});

describe('parseSettings', () => {
  it('never quotes a received value in its problems', () => {
    const secret = 'sk-this-must-not-leak';
    try {
      parseSettings(schema, { appId: secret, secretKey: 42 });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain(secret);
      expect((error as InvalidInputError).fields).toEqual(['appId', 'secretKey']);
    }
  });

  it('tells a missing value from one of the wrong type, without quoting either', () => {
    const problems = (input: unknown) => {
      try {
        parseSettings(schema, input);
        return [];
      } catch (error) {
        return (error as InvalidInputError).issues.map((issue) => `${issue.field}: ${issue.problem}`);
      }
    };
    expect(problems({ appId: '1', secretKey: 12345678, operatorIdType: 'abc', verbose: null })).toEqual([
      'secretKey: must be a string',
      'operatorIdType: must be a number',
      'verbose: must be a boolean',
    ]);
    expect(problems({ appId: '1', secretKey: '12345678', operatorIdType: 2.5 })).toEqual([
      'operatorIdType: must be a whole number',
    ]);
    expect(problems({ secretKey: '12345678' })).toEqual(['appId: is required']);
    expect(problems({ appId: undefined, secretKey: '12345678' })).toEqual(['appId: is required']);
    expect(problems(null)).toEqual(['(settings): must be an object']);
    expect(problems(undefined)).toEqual(['(settings): is required']);
  });
});
