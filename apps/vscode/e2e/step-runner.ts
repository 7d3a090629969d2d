/** Runs the end-to-end steps in order, each bounded in time; the first failure stops the rest. */
export interface StepResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export class StepRunner {
  readonly results: StepResult[] = [];
  private failed = false;

  /** What to do when a step fails (a screenshot): set per code-server, as the page changes. */
  constructor(public onFailure: (name: string) => Promise<void>) {}

  async step(name: string, timeoutMs: number, body: () => Promise<void>): Promise<void> {
    if (this.failed) {
      this.results.push({ name, ok: false, ms: 0, error: 'skipped after an earlier failure' });
      return;
    }
    const start = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        body(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`step timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      const ms = performance.now() - start;
      this.results.push({ name, ok: true, ms });
      console.log(`  ✓ ${name} (${(ms / 1000).toFixed(1)} s)`);
    } catch (error) {
      const ms = performance.now() - start;
      const message = error instanceof Error ? error.message : String(error);
      this.failed = true;
      this.results.push({ name, ok: false, ms, error: message });
      console.log(`  ✗ ${name} (${(ms / 1000).toFixed(1)} s)\n    ${message.split('\n').join('\n    ')}`);
      await this.onFailure(name).catch(() => undefined);
    } finally {
      clearTimeout(timer);
    }
  }

  get passed(): number {
    return this.results.filter((result) => result.ok).length;
  }

  get failures(): number {
    return this.results.length - this.passed;
  }
}
