/**
 * The callout status strings. Only the webhook documents the five (CANCLE is Tencent's spelling);
 * the seed's example shows "", and the emulator adds one undocumented value so that a client's
 * unknown-status path runs.
 */
export const calloutStatuses = {
  invited: 'START_INVITE',
  accepted: 'START_ACCEPT',
  leftWithoutAccept: 'LEAVE_WITHOUT_ACCEPT',
  leftAfterAccept: 'LEAVE_WITH_ACCEPTED',
  cancelled: 'CANCLE_INVITE',
  blank: '',
  undocumented: 'INVITE_TIMEOUT',
} as const;

export const documentedCalloutStatuses: readonly string[] = [
  calloutStatuses.invited,
  calloutStatuses.accepted,
  calloutStatuses.leftWithoutAccept,
  calloutStatuses.leftAfterAccept,
  calloutStatuses.cancelled,
];
