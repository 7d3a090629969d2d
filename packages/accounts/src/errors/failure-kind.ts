/**
 * The kind of a failure, for a front end to act on without reading the message: the CLI's exit
 * codes are named after these, an MCP tool error carries it.
 */
export type FailureKind =
  | 'internal'
  | 'usage'
  | 'settings'
  | 'authentication'
  | 'permission'
  | 'notFound'
  | 'rateLimited'
  | 'network'
  | 'provider';

/** A failure in one line, in the user's language. */
export interface FailureReport {
  kind: FailureKind;
  line: string;
}
