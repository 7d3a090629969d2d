import type { Messages } from '../i18n/messages.js';
import type { CommandName } from './option-specs.js';

/** The help of a command, or the main help. */
export function helpText(
  command: CommandName | undefined,
  messages: Messages,
  version: string,
  configPath: string,
) {
  switch (command) {
    case 'providers':
      return messages.helpProviders;
    case 'meetings':
      return messages.helpMeetings;
    case 'meeting':
      return messages.helpMeeting;
    case 'phones':
      return messages.helpPhones;
    case 'demo':
      return messages.helpDemo;
    case 'watch':
      return messages.live.helpWatch;
    case 'callout':
      return messages.live.helpCallout;
    case 'cancel':
      return messages.live.helpCancel;
    default:
      return messages.helpMain(version, configPath);
  }
}
