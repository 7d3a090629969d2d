import { ApiError } from './api-error.js';
import type { RouteHandler } from './route-context.js';
import { cancelCallouts } from './routes/cancel-callouts.js';
import { getMeeting } from './routes/get-meeting.js';
import { listCallouts } from './routes/list-callouts.js';
import { listEndedMeetings } from './routes/list-ended-meetings.js';
import { listParticipants } from './routes/list-participants.js';
import { listUserMeetings } from './routes/list-user-meetings.js';
import { startCallouts } from './routes/start-callouts.js';

interface Route {
  method: 'GET' | 'POST';
  /** Path segments; `*` captures one segment. */
  pattern: readonly string[];
  handler: RouteHandler;
}

const routes: readonly Route[] = [
  { method: 'GET', pattern: ['v1', 'meeting', '*', 'phone', 'callout'], handler: listCallouts },
  { method: 'POST', pattern: ['v1', 'meeting', '*', 'phone', 'callout'], handler: startCallouts },
  { method: 'POST', pattern: ['v1', 'meeting', '*', 'phone', 'cancelcall'], handler: cancelCallouts },
  { method: 'GET', pattern: ['v1', 'meetings'], handler: listUserMeetings },
  { method: 'GET', pattern: ['v1', 'meetings', '*'], handler: getMeeting },
  { method: 'GET', pattern: ['v1', 'meetings', '*', 'participants'], handler: listParticipants },
  { method: 'GET', pattern: ['v1', 'history', 'meetings', '*'], handler: listEndedMeetings },
];

/** The handler for a method and path, with the captured segments; 404/405 as ApiErrors otherwise. */
export function matchRoute(method: string, pathname: string): { handler: RouteHandler; params: string[] } {
  let segments: string[];
  try {
    segments = pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent);
  } catch {
    throw new ApiError('invalidParameter', '请求路径编码有误。');
  }
  let pathMatched = false;
  for (const route of routes) {
    const params = capture(route.pattern, segments);
    if (!params) continue;
    pathMatched = true;
    if (route.method === method) return { handler: route.handler, params };
  }
  throw new ApiError(pathMatched ? 'methodNotAllowed' : 'noSuchApi');
}

function capture(pattern: readonly string[], segments: readonly string[]): string[] | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: string[] = [];
  for (let index = 0; index < pattern.length; index++) {
    const expected = pattern[index];
    const actual = segments[index] ?? '';
    if (expected === '*') params.push(actual);
    else if (expected !== actual) return undefined;
  }
  return params;
}
