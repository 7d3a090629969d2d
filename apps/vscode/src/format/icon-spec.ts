/** A codicon and an optional theme colour id: what a tree row shows, without importing VS Code. */
export interface IconSpec {
  id: string;
  color?: string | undefined;
}
