/** The most ids one share/reports or share/meetingdetail call takes (later doc revisions). */
export const maxIdsPerCall = 200;

/** share/detail's `page_size` when none is given, as documented. */
export const defaultPageSize = 30;

/**
 * The largest `page_size` share/detail takes. Systec documents none; 300 is Zoom v1's report
 * maximum, which UMeeting mirrors.
 */
export const maxPageSize = 300;
