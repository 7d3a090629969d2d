import { describe, expect, it } from 'vitest';
import { runCallroll } from './support/run-callroll.js';

describe('help of watch, callout and cancel', () => {
  it('lists them in the main help, with their exit codes', async () => {
    const result = await runCallroll(['--help']);
    for (const command of ['watch    --provider', 'callout  --provider', 'cancel   --provider']) {
      expect(result.stdout).toContain(command);
    }
    expect(result.stdout).toContain(
      'callout and cancel: 20 not every number placed (or cancelled), 21 not confirmed.',
    );
  });

  it.each([
    ['watch', '--share <fraction>'],
    ['callout', '--redial <status>'],
    ['cancel', 'Cancels call-outs that are still ringing'],
  ])('prints the help of %s by --help and by help <command>', async (command, text) => {
    const direct = await runCallroll([command, '--help']);
    expect(direct.code).toBe(0);
    expect(direct.stdout).toContain(text);
    expect((await runCallroll(['help', command])).stdout).toBe(direct.stdout);
  });

  it('speaks Chinese too', async () => {
    const result = await runCallroll(['cancel', '--help'], { env: { CALLROLL_LANG: 'zh-CN' } });
    expect(result.stdout).toContain('取消仍在振铃的外呼');
  });

  it.each([
    [['watch', '-p', 'tencent', '--yes', '1'], '--yes does not apply to "watch".'],
    [['phones', '-p', 'tencent', '--no-mask', '1'], '--no-mask does not apply to "phones".'],
    [['cancel', '-p', 'tencent', '--redial', 'unanswered', '1'], '--redial does not apply to "cancel".'],
    [['watch', '-p', 'tencent'], '"watch" needs a meeting id or code.'],
    [['watch', '-p', 'tencent', '1', '2'], '"watch" takes no argument "2".'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const result = await runCallroll(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
