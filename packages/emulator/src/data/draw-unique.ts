/** Draws with `make` until a value not in `taken` comes up, and takes it. */
export function drawUnique(taken: Set<string>, make: () => string): string {
  for (;;) {
    const candidate = make();
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
