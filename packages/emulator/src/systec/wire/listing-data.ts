import { booleanValue } from './loose-values.js';
import type { WireStyle } from './wire-style.js';

export interface Listing {
  /** Day numbers in the style's zone. */
  fromDay: number;
  toDay: number;
  totalRecord: number;
  pageNumber: number;
  pageSize: number;
  meetings: unknown[];
  /** Keys the response-level quirk draws (the route and its paging). */
  key: string;
}

/** The seed's `data` object: the range, the paging fields and the meetings. */
export function listingData(listing: Listing, style: WireStyle): Record<string, unknown> {
  const { dice, times } = style;
  const totalPage = Math.ceil(listing.totalRecord / listing.pageSize);
  return {
    from: times.date(listing.fromDay, dice.hits('unpadded-dates', `${listing.key}:from`)),
    to: times.date(listing.toDay, dice.hits('unpadded-dates', `${listing.key}:to`)),
    total_record: listing.totalRecord,
    total_page: totalPage,
    page_number: listing.pageNumber,
    page_size: listing.pageSize,
    has_previous_page: booleanValue(listing.pageNumber > 1, dice, `${listing.key}:previous`),
    has_next_page: booleanValue(listing.pageNumber < totalPage, dice, `${listing.key}:next`),
    meetings: listing.meetings,
  };
}
