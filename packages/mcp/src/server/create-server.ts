import { McpServer } from '@modelcontextprotocol/server';
import { registerGetMeetingSummary } from '../tools/get-meeting-summary-tool.js';
import { registerListMeetings } from '../tools/list-meetings-tool.js';
import { registerListPhoneParticipants } from '../tools/list-phone-participants-tool.js';
import { registerListProviders } from '../tools/list-providers-tool.js';
import { registerNumberCallouts } from '../tools/number-callout-tools.js';
import { registerRedial } from '../tools/redial-tool.js';
import { VERSION } from '../version.js';
import type { ServerContext } from './server-context.js';

/** The server and its tools; the call-out tools only with `--allow-callouts`. */
export function createCallrollServer(context: ServerContext): McpServer {
  const server = new McpServer(
    { name: 'callroll', title: 'Callroll', version: VERSION },
    {
      instructions:
        'Callroll reads the phone participants of video meetings (Tencent Meeting, Systec UMeeting and plugins): start with list_providers, find meetings with list_meetings, then get_meeting_summary or list_phone_participants. Big listings come a page at a time: pass nextCursor back with the same arguments.',
    },
  );
  registerListProviders(server, context);
  registerListMeetings(server, context);
  registerGetMeetingSummary(server, context);
  registerListPhoneParticipants(server, context);
  if (context.allowCallouts) {
    registerNumberCallouts(server, context, 'start');
    registerNumberCallouts(server, context, 'cancel');
    registerRedial(server, context);
  }
  return server;
}
