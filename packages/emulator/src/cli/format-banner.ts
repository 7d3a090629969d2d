import type { Emulator } from '../emulator-types.js';
import { VERSION } from '../version.js';

/**
 * What the command prints on start: where it listens and the credentials it accepts (its own
 * test secret: printing it is the point of a local test tool), the main fixtures and the scenario.
 */
export function formatBanner(emulator: Emulator): string {
  const { credentials, fixtures, baseURL } = emulator.tencent;
  const scenario = emulator.scenario;
  const meeting = (label: string, fixture: { meetingId: string; meetingCode: string }) =>
    `  ${label.padEnd(26)} ${fixture.meetingId}  code ${fixture.meetingCode}`;
  return [
    `callroll-emulator ${VERSION} listening on ${emulator.url}`,
    '',
    `Tencent Meeting  baseURL ${baseURL}`,
    `  AppId                      ${credentials.appId}`,
    `  SecretId (X-TC-Key)        ${credentials.secretId}`,
    `  SecretKey                  ${credentials.secretKey}`,
    `  SdkId                      ${credentials.sdkId ?? '(none allocated: send none)'}`,
    `  operator                   ${credentials.operatorId} (operator_id_type ${credentials.operatorIdType})`,
    '',
    'Fixtures',
    meeting('10,000 callouts (live)', fixtures.largeCalloutMeeting),
    meeting('every status (live)', fixtures.everyStatusMeeting),
    meeting('blank statuses (live)', fixtures.blankStatusMeeting),
    meeting('live', fixtures.liveMeeting),
    meeting('upcoming', fixtures.upcomingMeeting),
    meeting('ended', fixtures.endedMeeting),
    meeting('230 participants (ended)', fixtures.manyParticipantsMeeting),
    meeting('no role for the operator', fixtures.foreignMeeting),
    `  ${'missing meeting id'.padEnd(26)} ${fixtures.missingMeetingId}`,
    '',
    ...systecLines(emulator),
    '',
    `Scenario  latency ${scenario.latencyMs} ms (+0..${scenario.jitterMs} jitter), faults ${Math.round(scenario.faultRate * 1000) / 10}% ` +
      `(${scenario.faultKinds.join(', ')}), rate limit ${scenario.rateLimitPerMinute === 0 ? 'off' : `${scenario.rateLimitPerMinute}/${scenario.rateLimitWindowMs / 1000} s -> HTTP ${scenario.rateLimitStatus}`}, ` +
      `clock skew ${scenario.clockSkewSeconds} s`,
    `Callouts  ring ${scenario.calloutRingMs} ms, talk ${scenario.calloutTalkMs} ms; seeded live callouts ${scenario.liveCalloutProgress ? 'move on' : 'keep their status'}`,
    `Systec    quirks ${scenario.systecQuirks.length === 0 ? 'none (strict)' : scenario.systecQuirks.join(', ')}, ` +
      `times ${scenario.systecTimeFormat}, credential errors as ${scenario.systecErrorShape}, rate limit ` +
      `${scenario.systecRateLimitPerSecond === 0 ? 'off' : `${scenario.systecRateLimitPerSecond}/s -> HTTP ${scenario.systecRateLimitStatus}`}`,
    `Admin     GET|POST ${emulator.url}/__emulator/scenario   POST ${emulator.url}/__emulator/reset   GET ${emulator.url}/__emulator/fixtures[/systec]   GET|POST ${emulator.url}/__emulator/time`,
    '',
    'Press Ctrl-C to stop.',
  ].join('\n');
}

/** The Systec part: base URL, the form credentials and its fixtures. */
function systecLines(emulator: Emulator): string[] {
  const { baseURL, credentials, fixtures } = emulator.systec;
  const meeting = (label: string, fixture: { uuid: string; meetingId: string }) =>
    `  ${label.padEnd(26)} uuid ${fixture.uuid}  meeting_id ${fixture.meetingId}`;
  const month = fixtures.busyMonth;
  return [
    `Systec UMeeting  baseURL ${baseURL}  (POST, application/x-www-form-urlencoded)`,
    `  api_key                    ${credentials.apiKey}`,
    `  api_secret                 ${credentials.apiSecret}   (form-encode it: + / =)`,
    `  endpoints                  share/reports (meeting_ids), share/meetingdetail (uuid), share/detail`,
    `  busy month                 ${month.from} .. ${month.to}: ${month.meetingCount} meetings (${month.reportedCount} reported)`,
    `  busiest room (host_id)     ${month.hostId}: ${month.hostMeetingCount} that month`,
    meeting(`1,000 calls = ${fixtures.costMeeting.totalYuan} yuan`, fixtures.costMeeting),
    meeting('every telephony type', fixtures.everyTypeMeeting),
    meeting('live (no report)', fixtures.liveMeeting),
    meeting('one participant (no rep.)', fixtures.tooFewParticipantsMeeting),
    meeting('uuid with + / =', fixtures.specialCharactersMeeting),
    `  ${'recurring meeting_id'.padEnd(26)} ${fixtures.recurringMeeting.meetingId} (${fixtures.recurringMeeting.uuids.length} reports)`,
    `  ${'missing uuid / meeting_id'.padEnd(26)} ${fixtures.missingUuid} / ${fixtures.missingMeetingId}`,
    `  try: curl -s ${baseURL}share/detail --data-urlencode api_key=${credentials.apiKey} ` +
      `--data-urlencode 'api_secret=${credentials.apiSecret}' -d from=${month.from} -d to=${month.to}`,
  ];
}
