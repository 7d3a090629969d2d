import type { Emulator } from '@callroll/emulator';
import type { Page } from 'playwright-core';
import type { CodeServerRun } from './code-server.js';
import type { StepRunner } from './step-runner.js';
import type { Workbench } from './workbench.js';

/** What the steps of one pass share: the browser page on one code-server, and the emulator. */
export interface RunContext {
  page: Page;
  workbench: Workbench;
  steps: StepRunner;
  server: CodeServerRun;
  emulator: Emulator;
  /** The folder code-server opened (exports are written there). */
  workspace: string;
  /** Where this run writes its screenshots and figures. */
  runDir: string;
  /** Timings for the summary at the end. */
  figures: Record<string, string>;
  log(message: string): void;
}

/** The settings of every pass: a quiet workbench whose rows hold still while they are read. */
export const workbenchSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'chat.disableAIFeatures': true,
  'callroll.liveRefreshSeconds': 0,
  'workbench.tree.enableStickyScroll': false,
};

/** A masked phone number as a row shows it. */
export const maskedNumber = /\+\d+ \d*\*{3,}\d+/;
