import type { Locator, Page } from 'playwright-core';

/**
 * Drives VS Code's workbench the way a person does: the activity bar, the tree, context menus,
 * quick inputs and notifications. Every wait is bounded and says what it waited for.
 */
export class Workbench {
  constructor(readonly page: Page) {}

  /** The Callroll view's tree rows (VS Code renders only the visible ones). */
  rows(): Locator {
    return this.page.locator('.part.sidebar .monaco-list-row[role="treeitem"]');
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text }).first();
  }

  async waitForRow(
    text: string | RegExp,
    timeoutMs = 20_000,
    what = `a row "${String(text)}"`,
  ): Promise<Locator> {
    const row = this.row(text);
    await row.waitFor({ state: 'visible', timeout: timeoutMs }).catch(async () => {
      throw new Error(
        `${what} did not appear within ${timeoutMs / 1000} s; rows shown:\n${await this.visibleRows()}`,
      );
    });
    return row;
  }

  async visibleRows(): Promise<string> {
    const texts = await this.rows().allInnerTexts();
    return texts.map((text) => `  | ${text.replace(/\s+/g, ' ').trim()}`).join('\n') || '  (none)';
  }

  /**
   * Pages the Callroll tree down from the row `from` (clicked first, to focus the tree; none when
   * the tree has the focus already) until `target` is rendered.
   */
  async scrollTreeUntil(from: Locator | undefined, target: Locator, steps = 40): Promise<void> {
    await from?.click();
    for (let step = 0; step < steps; step++) {
      if (await target.isVisible()) return;
      await this.page.keyboard.press('PageDown');
      await this.page.waitForTimeout(150);
    }
    throw new Error(`paged down ${steps} times without finding it; rows shown:\n${await this.visibleRows()}`);
  }

  /**
   * Moves the pointer away from the rows, waits for a tooltip to fade, and writes a screenshot of
   * the window to `path`.
   */
  async screenshot(path: string): Promise<void> {
    await this.page.mouse.move(1300, 850);
    await this.page.waitForTimeout(1_500);
    await this.page.screenshot({ path });
  }

  /** Drags the side bar's edge to `width` pixels (wide to show descriptions, narrow to test them). */
  async setSidebarWidth(width: number): Promise<void> {
    const box = await this.page.locator('.part.sidebar').boundingBox();
    if (!box) return;
    const edge = box.x + box.width + 1;
    await this.page.mouse.move(edge, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, box.y + box.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  async isExpanded(row: Locator): Promise<boolean> {
    return (await row.getAttribute('aria-expanded')) === 'true';
  }

  /**
   * Expands (or collapses) a row by clicking its twistie, if it is not already so. The row is
   * looked up again while waiting: a live meeting redraws its rows as its rounds come.
   */
  async setExpanded(row: Locator, expanded: boolean): Promise<void> {
    if ((await this.isExpanded(row)) === expanded) return;
    await row.locator('.monaco-tl-twistie').click();
    for (let check = 0; check < 100; check++) {
      if ((await this.isExpanded(row).catch(() => !expanded)) === expanded) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(
      `the row did not ${expanded ? 'expand' : 'collapse'}; rows shown:\n${await this.visibleRows()}`,
    );
  }

  async contextMenu(row: Locator, item: string): Promise<void> {
    await row.click({ button: 'right' });
    const entry = this.page.getByRole('menuitem', { name: item, exact: false }).first();
    await entry.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
      throw new Error(`the context menu has no "${item}"`);
    });
    await entry.click();
    // A click that lands while the menu is still settling is dropped (seen in code-server): the
    // entry stays highlighted and the menu open. Then Enter, which the menu still owns, picks it.
    const menu = this.page.locator('.context-view .monaco-menu');
    const closed = await menu
      .waitFor({ state: 'hidden', timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    if (!closed) {
      await entry.hover();
      await this.page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {
        throw new Error(`the context menu entry "${item}" did not run`);
      });
    }
  }

  quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** Waits for a quick input whose title contains `title`. */
  async waitForPrompt(title: string | RegExp, timeoutMs = 15_000): Promise<void> {
    const widget = this.quickInput().filter({
      has: this.page.locator('.quick-input-title', { hasText: title }),
    });
    await widget.waitFor({ state: 'visible', timeout: timeoutMs }).catch(async () => {
      const shown = (await this.quickInput().isVisible())
        ? ((await this.page.locator('.quick-input-title').textContent()) ?? '')
        : 'no quick input';
      throw new Error(`no prompt "${String(title)}" within ${timeoutMs / 1000} s (shown: ${shown})`);
    });
  }

  async promptTitle(): Promise<string> {
    return ((await this.page.locator('.quick-input-widget .quick-input-title').textContent()) ?? '').trim();
  }

  /** Types into the open quick input (replacing what is there) and accepts with Enter. */
  async answer(text: string): Promise<void> {
    const input = this.quickInput().locator('input.input').first();
    await input.fill(text);
    // The extension host validates the value asynchronously; give it a moment before Enter.
    await this.page.waitForTimeout(150);
    await input.press('Enter');
  }

  /** Waits until the prompt with this title has gone (accepted), naming a refusal if any. */
  async waitForPromptToChange(previous: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!(await this.quickInput().isVisible())) return;
      const title = await this.promptTitle().catch(() => '');
      if (title !== previous) return;
      await this.page.waitForTimeout(100);
    }
    const message =
      (await this.page
        .locator('.quick-input-message')
        .textContent()
        .catch(() => '')) ?? '';
    throw new Error(`the prompt "${previous}" did not accept the answer${message ? `: ${message}` : ''}`);
  }

  async waitForNotification(text: string | RegExp, timeoutMs = 30_000): Promise<Locator> {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
    await toast.waitFor({ state: 'visible', timeout: timeoutMs }).catch(async () => {
      const shown = await this.page.locator('.notifications-toasts').allInnerTexts();
      throw new Error(
        `no notification "${String(text)}" within ${timeoutMs / 1000} s (shown: ${shown.join(' | ') || 'none'})`,
      );
    });
    return toast;
  }

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.quickInput().waitFor({ state: 'visible', timeout: 10_000 });
    const input = this.quickInput().locator('input.input').first();
    await input.fill(`>${title}`);
    const item = this.quickInput().locator('.monaco-list-row', { hasText: title }).first();
    await item.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
      throw new Error(`no command "${title}" in the command palette`);
    });
    await input.press('Enter');
  }
}
