/** Something to undo: what `on` returns, shaped like VS Code's `Disposable`. */
export interface Disposable {
  dispose(): void;
}

/**
 * A minimal event emitter for the model, which must not import `vscode` (so that it runs in unit
 * tests); listeners that throw do not stop the others.
 */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  on(listener: (value: T) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch {
        // A broken listener must not break the model; the listener logs its own failures.
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
