import type { SystecRouteHandler } from './route-context.js';
import { shareDetail } from './routes/share-detail.js';
import { shareMeetingDetail } from './routes/share-meeting-detail.js';
import { shareReports } from './routes/share-reports.js';
import { SystecError } from './systec-error.js';

/** Where the Systec half is served: base URL `…/umeeting/`. */
export const systecPrefix = '/umeeting';

const routes: ReadonlyMap<string, SystecRouteHandler> = new Map([
  ['share/reports', shareReports],
  ['share/meetingdetail', shareMeetingDetail],
  ['share/detail', shareDetail],
]);

/** Whether a request path belongs to the Systec half. */
export function isSystecPath(pathname: string): boolean {
  return pathname === systecPrefix || pathname.startsWith(`${systecPrefix}/`);
}

/** The handler of a `/umeeting/...` path (a trailing slash is allowed); 404 in the envelope otherwise. */
export function matchSystecRoute(pathname: string): SystecRouteHandler {
  const path = pathname.slice(systecPrefix.length).replace(/^\/+|\/+$/g, '');
  const handler = routes.get(path);
  if (!handler) throw new SystecError(404, `No such API: ${pathname}`);
  return handler;
}
