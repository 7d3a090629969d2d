/** Each transport event as JSON, named by its place and type, for the leak finders. */
export function eventTexts(events: readonly { readonly type: string }[]): Record<string, string> {
  return Object.fromEntries(
    events.map((event, index) => [`event ${index} (${event.type})`, JSON.stringify(event)]),
  );
}
