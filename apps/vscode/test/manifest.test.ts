import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string }>;
    menus: Record<string, Array<{ command: string; when?: string }>>;
    views: Record<string, Array<{ id: string }>>;
    viewsWelcome: Array<{ view: string; contents: string }>;
    languageModelTools: Array<{
      name: string;
      inputSchema: { required?: string[] };
      modelDescription: string;
    }>;
  };
  engines: { vscode: string };
}

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;

describe('the manifest', () => {
  it('activates only through its view and commands (implicit events), from the bundle', () => {
    expect(manifest.activationEvents).toEqual([]);
    expect(manifest.main).toBe('./dist/extension.cjs');
  });

  it('has menus only for contributed commands, and every command registered by activate', async () => {
    const contributed = new Set(manifest.contributes.commands.map((command) => command.command));
    for (const items of Object.values(manifest.contributes.menus)) {
      for (const item of items) expect(contributed, item.command).toContain(item.command);
    }
    const { activateForTest } = await import('./support/activate.js');
    const { registered } = await activateForTest();
    expect([...contributed].sort()).toEqual([...registered].sort());
  });

  it('contributes every language-model tool activate registers, within engines.vscode (1.95 has lm.registerTool)', async () => {
    const { activateForTest } = await import('./support/activate.js');
    const { fakeState } = await import('./fakes/vscode.js');
    await activateForTest();
    const contributed = manifest.contributes.languageModelTools.map((tool) => tool.name);
    expect(contributed.sort()).toEqual([...fakeState.tools.keys()].sort());
    expect(contributed).toHaveLength(7);
    for (const tool of manifest.contributes.languageModelTools) {
      expect(tool.name).toMatch(/^callroll_[a-z_]+$/);
      expect(tool.modelDescription.length).toBeGreaterThan(40);
    }
    expect(manifest.engines.vscode).toBe('^1.95.0');
  });

  it('welcomes a person with no account with an Add Account button', () => {
    const [welcome] = manifest.contributes.viewsWelcome;
    expect(welcome?.view).toBe('callroll.meetings');
    expect(welcome?.contents).toBe('%welcome.noAccounts%');
    const english = JSON.parse(
      readFileSync(new URL('../package.nls.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    expect(english['welcome.noAccounts']).toContain('(command:callroll.addAccount)');
  });
});
