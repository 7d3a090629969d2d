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
    `Scenario  latency ${scenario.latencyMs} ms (+0..${scenario.jitterMs} jitter), faults ${Math.round(scenario.faultRate * 1000) / 10}% ` +
      `(${scenario.faultKinds.join(', ')}), rate limit ${scenario.rateLimitPerMinute === 0 ? 'off' : `${scenario.rateLimitPerMinute}/min -> HTTP ${scenario.rateLimitStatus}`}, ` +
      `clock skew ${scenario.clockSkewSeconds} s`,
    `Admin     GET|POST ${emulator.url}/__emulator/scenario   POST ${emulator.url}/__emulator/reset   GET ${emulator.url}/__emulator/fixtures`,
    '',
    'Press Ctrl-C to stop.',
  ].join('\n');
}
