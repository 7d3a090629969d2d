import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskedNumber, type RunContext, workbenchSettings } from './run-context.js';

/** Sets `callroll.liveRefreshSeconds` in the user's settings file, which VS Code watches. */
function setLiveRefresh(ctx: RunContext, seconds: number): void {
  const settings = { ...workbenchSettings, 'callroll.liveRefreshSeconds': seconds };
  writeFileSync(
    join(ctx.server.userDataDir, 'User', 'settings.json'),
    `${JSON.stringify(settings, null, 2)}\n`,
  );
}

/**
 * A live meeting followed through the core's tracker: pinned, opened with live updates on (its row
 * says when it was last read), "Redial unanswered" after a dialog that lists the numbers, and the
 * new calls marked in their status group. A screenshot of the dialog and of the marks.
 */
export async function liveSteps(ctx: RunContext): Promise<void> {
  const { steps, workbench, page, runDir } = ctx;
  const meeting = ctx.emulator.tencent.fixtures.everyStatusMeeting;
  await steps.step('follows a live meeting: its row says when it was last updated', 90_000, async () => {
    setLiveRefresh(ctx, 10);
    await workbench.contextMenu(workbench.row('Emulator Tencent'), 'Pin Meeting');
    await workbench.waitForPrompt('Pin a meeting');
    await workbench.answer(meeting.meetingCode);
    await workbench.setExpanded(await workbench.waitForRow('Live and upcoming'), false);
    await workbench.setExpanded(await workbench.waitForRow(/Pinned meetings/), true);
    const row = await workbench.waitForRow(meeting.subject, 30_000, 'the pinned live meeting');
    await workbench.setExpanded(row, true);
    await workbench.waitForRow(`Phone participants (${meeting.calloutCount})`, 30_000);
    await workbench.waitForRow(/updated \d\d:\d\d:\d\d/, 30_000, 'the meeting row with its update time');
  });
  await steps.step(
    'redials the unanswered calls after a dialog that lists them and their cost',
    90_000,
    async () => {
      await workbench.contextMenu(workbench.row(meeting.subject), 'Redial Unanswered');
      const dialog = page.locator('.monaco-dialog-box').filter({ hasText: /unanswered number\(s\) again/ });
      await dialog.waitFor({ state: 'visible', timeout: 30_000 });
      const text = ((await dialog.textContent()) ?? '').replace(/\s+/g, ' ');
      if (!maskedNumber.test(text) || !text.includes('the calls are charged'))
        throw new Error(`the dialog does not list masked numbers and the cost: ${text}`);
      await workbench.screenshot(join(runDir, 'redial-confirm.png'));
      await dialog.getByRole('button', { name: 'Call', exact: true }).click();
      await workbench.waitForNotification(/Placed \d+ call\(s\) into/, 60_000);
    },
  );
  await steps.step('marks the new calls, first in their status group', 90_000, async () => {
    // With the new calls the list is longer than a screen: it groups by status.
    const calling = await workbench.waitForRow(/^Calling \(\d+\)/, 30_000, 'the group of ringing calls');
    await workbench.setExpanded(calling, true);
    const marked = await workbench.waitForRow(/● new/, 30_000, 'a call marked new');
    const texts = await workbench.rows().allInnerTexts();
    const first = texts.findIndex((text) => /^Calling \(\d+\)/.test(text.trim()));
    if (!/● new/.test(texts[first + 1] ?? ''))
      throw new Error(`the first call of the group is not the new one: ${texts[first + 1]}`);
    if (!maskedNumber.test((await marked.textContent()) ?? ''))
      throw new Error('the marked call is not masked');
    await workbench.screenshot(join(runDir, 'live-change.png'));
    setLiveRefresh(ctx, 0);
    await workbench.setExpanded(workbench.row(meeting.subject), false);
  });
}
