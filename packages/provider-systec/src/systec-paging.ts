import { checkPageRequest, type PageRequest } from '@callroll/core';
import { systecCapabilities } from './systec-capabilities.js';

/** A page request checked against the capability, its size then capped at the listing's own. */
export function systecPaging(
  request: PageRequest | undefined,
  sizes: { default: number; max: number },
  cursorPattern: RegExp,
) {
  const { pageSize, cursor } = checkPageRequest(request, {
    provider: 'systec',
    maxPageSize: systecCapabilities.maxPageSize,
    defaultPageSize: sizes.default,
    cursorPattern,
  });
  return { pageSize: Math.min(pageSize, sizes.max), cursor };
}
