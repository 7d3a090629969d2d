/**
 * The end-to-end test: the VSIX installed into a real VS Code (code-server 4.139.1, VS Code 1.139),
 * driven through Debian's Chromium with playwright-core, against the emulator over loopback; once
 * in English, then once with the extension's Simplified Chinese strings.
 * Run with `pnpm --filter @callroll/vscode test:e2e` (which builds and packages first).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Emulator, startEmulator } from '@callroll/emulator';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, newPage } from './browser.js';
import { chinesePass } from './chinese-pass.js';
import { type CodeServerRun, startCodeServer, tail } from './code-server.js';
import { englishPass } from './english-pass.js';
import { ensureTools, type Tools } from './ensure-tools.js';
import { ToolInstallError } from './install-failure.js';
import { buildChineseLanguagePack, registerChineseLanguagePack } from './language-pack.js';
import { runCommand } from './run-command.js';
import { type RunContext, workbenchSettings } from './run-context.js';
import { StepRunner } from './step-runner.js';
import { Workbench } from './workbench.js';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const exampleDir = join(appDir, '..', '..', 'examples', 'vscode-provider-example');
const outRoot = join(appDir, 'test-output', 'e2e');
const runDir = join(outRoot, new Date().toISOString().replace(/[:.]/g, '-'));
const log = (message: string) => console.log(`e2e: ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The VSIXes: Callroll's (packaged before the run), the example provider's and a zh-cn language pack. */
async function buildVsixes(): Promise<{ callroll: string; example: string; chinese: string }> {
  const version = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')).version;
  const callroll = join(appDir, 'dist', `callroll-${version}.vsix`);
  if (!existsSync(callroll)) throw new Error(`${callroll} is missing: run the package script first`);
  log('building the example provider extension and a zh-cn language pack…');
  for (const script of ['scripts/build.mjs', 'scripts/package.mjs']) {
    await runCommand(process.execPath, [script], {
      cwd: exampleDir,
      timeoutMs: 180_000,
      label: `example ${script}`,
    });
  }
  const chinese = await buildChineseLanguagePack(join(runDir, 'zh-cn-pack'));
  return { callroll, example: join(exampleDir, 'dist', 'callroll-example-provider.vsix'), chinese };
}

interface Pass {
  name: string;
  vsixes: string[];
  locale?: string;
  run: (ctx: RunContext) => Promise<void>;
}

/** Starts a code-server of its own for a pass, opens a page on it, and runs the pass's steps. */
async function runPass(
  pass: Pass,
  shared: {
    tools: Tools;
    emulator: Emulator;
    browser: BrowserContext;
    runners: StepRunner[];
    figures: Record<string, string>;
  },
  servers: CodeServerRun[],
): Promise<void> {
  const dir = join(runDir, pass.name);
  const workspace = join(dir, 'workspace');
  const started = performance.now();
  const server = await startCodeServer({
    node24: shared.tools.node24,
    entry: shared.tools.codeServerEntry,
    runDir: dir,
    workspace,
    vsixes: pass.vsixes,
    settings: workbenchSettings,
    locale: pass.locale,
    beforeStart: pass.locale
      ? ({ userDataDir, extensionsDir }) => registerChineseLanguagePack(userDataDir, extensionsDir)
      : undefined,
  });
  servers.push(server);
  shared.figures[`code-server up (${pass.name})`] = seconds(performance.now() - started);
  const page = await newPage(shared.browser, servers.length === 1);
  const workbench = new Workbench(page);
  const steps = new StepRunner(async () => undefined);
  shared.runners.push(steps);
  steps.onFailure = async (name) => {
    const shot = join(dir, `failure-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40)}.png`);
    await page.screenshot({ path: shot });
    console.log(`    screenshot: ${shot}\n    code-server log:\n${tail(server.logFile, 15)}`);
  };
  const ctx: RunContext = {
    page,
    workbench,
    steps,
    server,
    emulator: shared.emulator,
    workspace,
    runDir: dir,
    figures: shared.figures,
    log,
  };
  await pass.run(ctx);
  await page.close().catch(() => undefined);
}

async function main(): Promise<number> {
  const started = performance.now();
  mkdirSync(runDir, { recursive: true });
  log(`output in ${runDir}`);
  // The cache of Node 24 and code-server lives outside the checkout, so that a fresh clone on the
  // same machine (CI's) reuses it; CALLROLL_E2E_CACHE moves it (to time a cold run).
  const cacheHome = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  const tools = await ensureTools(process.env.CALLROLL_E2E_CACHE ?? join(cacheHome, 'callroll', 'e2e'), log);
  const figures: Record<string, string> = {
    'tools (install or cache check)': seconds(performance.now() - started),
  };
  const vsixes = await buildVsixes();

  // 40 ms per answer, as a real service would take; no rate limit, which is not what this tests.
  const emulator = await startEmulator({
    seed: 'vscode-e2e',
    scenario: { latencyMs: 40, rateLimitPerMinute: 0 },
  });
  const secrets = [
    emulator.tencent.credentials.secretKey,
    emulator.systec.credentials.apiSecret,
    'example-e2e-token-1',
    'wrong-secret-key-e2e',
  ];
  const servers: CodeServerRun[] = [];
  let browser: BrowserContext | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    for (const server of servers) await server.stop();
    await emulator.close();
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // A runner per pass: a failure in English stops the English steps, not the Chinese pass.
  const runners: StepRunner[] = [];
  try {
    browser = await launchBrowser(runDir);
    const shared = { tools, emulator, browser, runners, figures };
    await runPass(
      {
        name: 'en',
        vsixes: [vsixes.callroll, vsixes.example],
        run: (ctx) => englishPass(ctx, outRoot, secrets),
      },
      shared,
      servers,
    );
    await runPass(
      {
        name: 'zh-cn',
        vsixes: [vsixes.callroll, vsixes.chinese],
        locale: 'zh-cn',
        run: (ctx) => chinesePass(ctx, secrets),
      },
      shared,
      servers,
    );
  } finally {
    await cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  figures['whole run'] = seconds(performance.now() - started);
  figures.VSIX = `${(readFileSync(vsixes.callroll).length / 1024).toFixed(0)} KiB`;
  writeFileSync(join(runDir, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('\nFigures:');
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${value}`);
  const passed = runners.reduce((sum, runner) => sum + runner.passed, 0);
  const failed = runners.reduce((sum, runner) => sum + runner.failures, 0);
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

// A run that hangs somewhere no step bounds still ends, and says so.
const watchdog = setTimeout(() => {
  console.error('e2e: the whole run took over 30 minutes; stopping');
  process.exit(1);
}, 30 * 60_000);
watchdog.unref();

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ToolInstallError) {
      // The installer's own words first, then the one line that says what to do.
      console.error(
        error.output
          .trimEnd()
          .split('\n')
          .slice(-40)
          .map((line) => `  | ${line}`)
          .join('\n'),
      );
      console.error(`e2e: ${error.message}`);
    } else {
      console.error(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      console.log('\ne2e: 0 passed, 1 failed');
    }
    process.exitCode = 1;
  },
);
