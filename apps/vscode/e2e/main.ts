/**
 * The end-to-end test: the VSIX installed into a real VS Code (code-server 4.139.1, VS Code 1.139),
 * driven through Debian's Chromium with playwright-core, against the emulator over loopback.
 * Run with `pnpm --filter @callroll/vscode test:e2e` (which builds and packages first).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@callroll/emulator';
import { type BrowserContext, chromium } from 'playwright-core';
import { addAccountThroughPrompts } from './account-form.js';
import { type CodeServerRun, startCodeServer, tail } from './code-server.js';
import { chromiumPath, ensureTools } from './ensure-tools.js';
import { ToolInstallError } from './install-failure.js';
import { filesUnder, readHostMetrics } from './read-metrics.js';
import { runCommand } from './run-command.js';
import { StepRunner } from './step-runner.js';
import { Workbench } from './workbench.js';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const exampleDir = join(appDir, '..', '..', 'examples', 'vscode-provider-example');
const outRoot = join(appDir, 'test-output', 'e2e');
const runDir = join(outRoot, new Date().toISOString().replace(/[:.]/g, '-'));
const workspace = join(runDir, 'workspace');
const log = (message: string) => console.log(`e2e: ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface SystecHalf {
  baseURL: string;
  credentials: { apiKey: string; apiSecret: string };
  fixtures: { costMeeting: { meetingId: string; topic: string; totalYuan: string } };
}

async function main(): Promise<number> {
  const started = performance.now();
  mkdirSync(runDir, { recursive: true });
  log(`output in ${runDir}`);

  // The cache of Node 24 and code-server lives outside the checkout, so that a fresh clone on the
  // same machine (CI's) reuses it; CALLROLL_E2E_CACHE moves it (to time a cold run).
  const cacheHome = process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  const tools = await ensureTools(process.env.CALLROLL_E2E_CACHE ?? join(cacheHome, 'callroll', 'e2e'), log);
  const toolsMs = performance.now() - started;
  const callrollVsix = join(
    appDir,
    'dist',
    `callroll-${JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')).version}.vsix`,
  );
  if (!existsSync(callrollVsix)) throw new Error(`${callrollVsix} is missing: run the package script first`);
  log('building the example provider extension…');
  for (const script of ['scripts/build.mjs', 'scripts/package.mjs']) {
    await runCommand(process.execPath, [script], {
      cwd: exampleDir,
      timeoutMs: 180_000,
      label: `example ${script}`,
    });
  }
  const exampleVsix = join(exampleDir, 'dist', 'callroll-example-provider.vsix');

  // 40 ms per answer, as a real service would take; no rate limit, which is not what this tests.
  const emulator = await startEmulator({
    seed: 'vscode-e2e',
    scenario: { latencyMs: 40, rateLimitPerMinute: 0 },
  });
  const tencent = emulator.tencent;
  const systec = systecHalf(emulator);
  const big = tencent.fixtures.largeCalloutMeeting;
  const secrets = [
    tencent.credentials.secretKey,
    systec?.credentials.apiSecret,
    'example-e2e-token-1',
    'wrong-secret-key-e2e',
  ].filter((secret): secret is string => secret !== undefined);

  let server: CodeServerRun | undefined;
  let browser: BrowserContext | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await emulator.close();
  };
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const figures: Record<string, string> = {};
  let runner: StepRunner | undefined;
  try {
    const serverStart = performance.now();
    server = await startCodeServer({
      node24: tools.node24,
      entry: tools.codeServerEntry,
      runDir,
      workspace,
      vsixes: [callrollVsix, exampleVsix],
      settings: {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'chat.disableAIFeatures': true,
        // Rows must hold still while the test reads them.
        'callroll.liveRefreshSeconds': 0,
        'workbench.tree.enableStickyScroll': false,
      },
    });
    figures['code-server up'] = seconds(performance.now() - serverStart);

    browser = await chromium.launchPersistentContext(join(runDir, 'chromium-profile'), {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(15_000);
    const workbench = new Workbench(page);
    let failures = 0;
    const steps = new StepRunner(async (name) => {
      failures++;
      await page.screenshot({ path: join(runDir, `failure-${failures}.png`) });
      console.log(
        `    screenshot: ${join(runDir, `failure-${failures}.png`)}\n    code-server log:\n${tail(server?.logFile ?? '', 15)}`,
      );
      log(`failed at "${name}"`);
    });
    runner = steps;
    const url = server.url;

    await steps.step('opens the Callroll view and its welcome', 90_000, async () => {
      await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
      const tab = page.getByRole('tab', { name: /Callroll/ });
      await tab.waitFor({ state: 'visible', timeout: 60_000 });
      await tab.click();
      await page.getByText('Callroll shows the phone participants').waitFor({ timeout: 30_000 });
      await workbench.widenSidebar(620);
    });

    await steps.step('adds a Tencent Meeting account through the input boxes', 90_000, async () => {
      await page.getByRole('button', { name: 'Add Account', exact: true }).click();
      await addAccountThroughPrompts(
        workbench,
        'Tencent Meeting',
        {
          AppId: tencent.credentials.appId,
          SecretId: tencent.credentials.secretId,
          SecretKey: tencent.credentials.secretKey,
          'Operator id': tencent.credentials.operatorId,
          'API URL': tencent.baseURL,
        },
        'Emulator Tencent',
      );
      await workbench.waitForRow('Emulator Tencent');
      await workbench.waitForRow('Live and upcoming');
    });

    await steps.step(
      'expands a Tencent meeting to its phone participants and their statuses',
      60_000,
      async () => {
        const meeting = await workbench.waitForRow(
          big.subject,
          30_000,
          `the meeting "${big.subject}" in Live and upcoming`,
        );
        const clicked = performance.now();
        await meeting.locator('.monaco-tl-twistie').click();
        await workbench.waitForRow(/\+\d+ \d*\*{3,}\d+/, 30_000, 'a masked phone number');
        figures['first rows in the browser (click → visible)'] =
          `${Math.round(performance.now() - clicked)} ms`;
        await workbench.waitForRow('Phone participants (10,000)');
        const icons = await page.$$eval('.part.sidebar .monaco-list-row .codicon', (elements) =>
          elements.flatMap((element) => [...element.classList].filter((name) => name.startsWith('codicon-'))),
        );
        const statuses = [
          'call-outgoing',
          'circle-filled',
          'pass',
          'error',
          'circle-slash',
          'question',
        ].filter((icon) => icons.includes(`codicon-${icon}`));
        if (statuses.length < 3)
          throw new Error(`expected several status icons, saw ${statuses.join(', ') || 'none'}`);
        const text = (await workbench.rows().allInnerTexts()).join('\n');
        const words = ['Connected', 'Ended', 'Calling', 'Unanswered', 'Cancelled'].filter((word) =>
          text.includes(word),
        );
        if (words.length < 3)
          throw new Error(`expected several statuses in the rows, saw ${words.join(', ') || 'none'}`);
      },
    );

    await steps.step('loads more phone participants', 60_000, async () => {
      const more = workbench.row('Load more');
      await workbench.scrollTreeUntil(workbench.row(/\+\d+ \d*\*{3,}\d+/).last(), more);
      await workbench.waitForRow('100 of 10,000 shown', 5_000, 'the "Load more" row');
      await more.click();
      // The next 500 rows push "Load more" down: scroll to it again.
      await workbench.waitForRow(/\+\d+ \d*\*{3,}\d+/);
      await page.waitForTimeout(500);
      await workbench.scrollTreeUntil(
        workbench.row(/\+\d+ \d*\*{3,}\d+/).last(),
        workbench.row('600 of 10,000 shown'),
        60,
      );
    });

    await steps.step('writes a screenshot of the expanded tree', 30_000, async () => {
      // Back to the top of the tree (the focus is in it after paging down), where the meeting is.
      await page.keyboard.press('Home');
      await workbench.waitForRow(big.subject, 10_000, 'the meeting at the top of the tree');
      // Away from the rows, and long enough for a tooltip to fade.
      await page.mouse.move(1300, 850);
      await page.waitForTimeout(1_500);
      await page.screenshot({ path: join(runDir, 'tree.png') });
      copyFileSync(join(runDir, 'tree.png'), join(outRoot, 'tree.png'));
    });

    await steps.step("exports a meeting's phone participants and reads the file back", 120_000, async () => {
      await workbench.contextMenu(workbench.row(big.subject), 'Export Phone Participants');
      await workbench.waitForPrompt('Export phone participants');
      await workbench.answer('CSV');
      // The save dialog (VS Code's own, in a browser) offers the workspace folder and a file name.
      await page.waitForFunction(
        () =>
          (
            document.querySelector('.quick-input-widget input.input') as HTMLInputElement | null
          )?.value.includes('phone-participants.csv'),
        undefined,
        { timeout: 15_000 },
      );
      await page.locator('.quick-input-widget input.input').press('Enter');
      await workbench.waitForNotification(/Exported 10000 phone participants/, 90_000);
      const file = join(workspace, `callroll-${big.meetingCode}-phone-participants.csv`);
      const lines = readFileSync(file, 'utf8')
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      if (lines.length !== 10_001) throw new Error(`${file} has ${lines.length} lines, not 10,001`);
      if (!lines[0]?.startsWith('number,e164,extension,name,direction'))
        throw new Error(`unexpected header: ${lines[0]}`);
      if (!/^\+\d+ \d*\*{3,}/.test(lines[1] ?? '')) throw new Error(`the export is not masked: ${lines[1]}`);
      await page.keyboard.press('Escape');
    });

    await steps.step('shows the cost of a Systec meeting', 120_000, async () => {
      if (!systec) {
        log('the emulator has no Systec half yet: skipped the Systec check');
        return;
      }
      await workbench.setExpanded(workbench.row('Emulator Tencent'), false);
      await workbench.runCommand('Callroll: Add Account…');
      await addAccountThroughPrompts(
        workbench,
        'Systec',
        {
          'API key': systec.credentials.apiKey,
          'API secret': systec.credentials.apiSecret,
          'API URL': systec.baseURL,
        },
        'Emulator Systec',
      );
      const account = await workbench.waitForRow('Emulator Systec');
      await workbench.contextMenu(account, 'Pin Meeting');
      await workbench.waitForPrompt('Pin a meeting');
      await workbench.answer(systec.fixtures.costMeeting.meetingId);
      await workbench.setExpanded(await workbench.waitForRow('Live and upcoming'), false);
      const pinned = await workbench.waitForRow(/Pinned meetings/);
      await workbench.setExpanded(pinned, true);
      const meeting = await workbench.waitForRow(
        systec.fixtures.costMeeting.topic,
        30_000,
        'the pinned Systec meeting',
      );
      await workbench.setExpanded(meeting, true);
      await workbench.waitForRow(/0\.12 CNY/, 30_000, 'a phone row with its cost');
      await workbench.waitForRow(/CNY so far|total .* CNY/, 10_000, 'the cost of the loaded rows');
      await workbench.setExpanded(workbench.row('Emulator Systec'), false);
    });

    await steps.step('registers a third-party provider through the API', 90_000, async () => {
      await workbench.runCommand('Callroll: Add Account…');
      await addAccountThroughPrompts(
        workbench,
        'Example Meetings',
        { 'Access token': 'example-e2e-token-1' },
        'Example',
      );
      await workbench.waitForRow(/^Example\s*Example Meetings/);
      const meeting = await workbench.waitForRow(
        'Example all-hands',
        30_000,
        "the example provider's meeting",
      );
      await workbench.setExpanded(meeting, true);
      await workbench.waitForRow('Phone participants (250)', 30_000);
      await workbench.setExpanded(workbench.row(/^Example\s*Example Meetings/), false);
    });

    await steps.step('shows a rejected secret as an error row with Edit account', 90_000, async () => {
      await workbench.contextMenu(workbench.row('Emulator Tencent'), 'Edit Account');
      await workbench.waitForPrompt('Edit account');
      await workbench.answer('SecretKey');
      await workbench.waitForPrompt(/Edit account .*: SecretKey/);
      await workbench.answer('wrong-secret-key-e2e');
      await workbench.waitForPrompt('Edit account');
      await page.keyboard.press('Escape');
      await workbench.setExpanded(workbench.row('Emulator Tencent'), true);
      const error = await workbench.waitForRow('Sign-in rejected', 30_000, 'the error row');
      const actions = await error
        .locator('.action-label')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
      if (!actions.some((label) => label.includes('Edit Account'))) {
        throw new Error(`the error row offers no "Edit Account" (actions: ${actions.join(', ')})`);
      }
    });

    await steps.step('keeps every secret out of the settings file and the logs', 10_000, async () => {
      const settingsFile = join(server?.userDataDir ?? '', 'User', 'settings.json');
      const settings = readFileSync(settingsFile, 'utf8');
      if (!settings.includes('"callroll.accounts"') || !settings.includes(tencent.credentials.secretId)) {
        throw new Error(`${settingsFile} does not hold the accounts`);
      }
      const files = [
        settingsFile,
        ...filesUnder(join(server?.userDataDir ?? '', 'logs')),
        server?.logFile ?? '',
      ];
      for (const file of files) {
        const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
        const leaked = secrets.filter((secret) => text.includes(secret));
        if (leaked.length > 0) throw new Error(`${file} holds ${leaked.length} secret(s)`);
      }
    });

    await steps.step('reads the timings the extension logged in the extension host', 10_000, async () => {
      const metrics = readHostMetrics(server?.userDataDir ?? '', big.meetingId);
      if (!metrics.activation || !metrics.firstRows)
        throw new Error(`no metric lines in ${metrics.logFile ?? 'the Callroll log'}`);
      figures['activation (extension host)'] = metrics.activation;
      figures['first rows of the 10,000-callout meeting at 40 ms (extension host)'] = metrics.firstRows;
    });
  } finally {
    await cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  figures['tools (install or cache check)'] = seconds(toolsMs);
  figures['whole run'] = seconds(performance.now() - started);
  figures.VSIX = `${(readFileSync(callrollVsix).length / 1024).toFixed(0)} KiB`;
  writeFileSync(join(runDir, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('\nFigures:');
  for (const [name, value] of Object.entries(figures)) console.log(`  ${name}: ${value}`);
  const passed = runner?.passed ?? 0;
  const failed = runner?.failures ?? 1;
  console.log(`\ne2e: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

function systecHalf(emulator: object): SystecHalf | undefined {
  try {
    const half = (emulator as { systec?: unknown }).systec;
    return typeof half === 'object' && half !== null && 'baseURL' in half ? (half as SystecHalf) : undefined;
  } catch {
    return undefined;
  }
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
