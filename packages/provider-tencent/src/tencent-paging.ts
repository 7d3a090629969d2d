import { checkPageRequest, type PageRequest } from '@callroll/core';
import { tencentCapabilities } from './tencent-capabilities.js';

/**
 * A page request checked against the capability's bounds, its size then capped at what the
 * listing itself takes (meeting listings take at most 20 a page, the others 100).
 */
export function tencentPaging(request: PageRequest | undefined, listingMax: number, cursorPattern: RegExp) {
  const { pageSize, cursor } = checkPageRequest(request, {
    provider: 'tencent',
    maxPageSize: tencentCapabilities.maxPageSize,
    defaultPageSize: Math.min(tencentCapabilities.defaultPageSize, listingMax),
    cursorPattern,
  });
  return { pageSize: Math.min(pageSize, listingMax), cursor };
}
