import * as vscode from 'vscode';
import { parsePhoneFilter } from '../../filter/phone-filter.js';
import { meetingLabel } from '../../format/format-meeting.js';
import { MeetingNode } from '../../tree/meeting-node.js';
import { PhoneListingNode } from '../../tree/phone-listing-node.js';
import type { Services } from '../services.js';
import { commandTarget } from './command-target.js';
import { registerCommand } from './run-command.js';

/** The phone list a command acts on: the row's, or the meeting row's (opened first). */
async function targetListing(services: Services, argument: unknown): Promise<PhoneListingNode | undefined> {
  const node = commandTarget(
    services,
    argument,
    (candidate): candidate is MeetingNode | PhoneListingNode =>
      candidate instanceof MeetingNode || candidate instanceof PhoneListingNode,
  );
  if (node instanceof PhoneListingNode) return node;
  if (!node) return undefined;
  await node.children();
  const listing = node.phoneListing;
  if (listing) void services.treeView.reveal(node, { expand: true, focus: false, select: false });
  return listing;
}

/**
 * "Filter phone participants…": the lines of a meeting by status, name or digits the person
 * knows, over every line (the list reads on until enough match), and "Clear filter".
 */
export function registerFilterCommands(services: Services): vscode.Disposable[] {
  const t = vscode.l10n.t;

  const filter = async (argument?: unknown) => {
    const listing = await targetListing(services, argument);
    if (!listing) {
      void vscode.window.showInformationMessage(t('Select a meeting in the Callroll view first.'));
      return undefined;
    }
    const meeting = listing.meeting instanceof MeetingNode ? meetingLabel(listing.meeting.meeting) : '';
    const text = await vscode.window.showInputBox({
      title: t('Filter the phone participants of “{0}”', meeting),
      prompt: t('A status (e.g. Unanswered), a name, or digits of a number; empty shows every line.'),
      value: listing.filter?.text ?? '',
      ignoreFocusOut: true,
    });
    if (text === undefined) return undefined;
    const parsed = parsePhoneFilter(text, t);
    listing.setFilter(parsed);
    return parsed?.text;
  };

  const clear = async (argument?: unknown) => {
    const listing = await targetListing(services, argument);
    listing?.setFilter(undefined);
  };

  return [
    registerCommand(services, 'callroll.filterPhoneParticipants', filter),
    registerCommand(services, 'callroll.clearPhoneFilter', clear),
  ];
}
