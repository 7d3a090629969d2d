/**
 * The few words of the shared messages that name the front end showing them (the CLI's options and
 * commands, an MCP server's tools and arguments), in the messages' language.
 */
export interface FrontEndWords {
  /** How one of several accounts is chosen: `--account`. */
  accountChoice: string;
  /** What lists the meetings and their ids: `callroll meetings`. */
  meetingListing: string;
  /** Doing it again, after a wait: `run the command again`. */
  again: string;
  /** After "report it if it persists": where the request can be seen, or ''. */
  requestLogHint: string;
  /** What an internal error is reported with. */
  reportWith: string;
  /** How a country calling code is given apart from a national number: `--area`. */
  callingCodeChoice: string;
}
