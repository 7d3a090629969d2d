/**
 * The loose forms Systec's documents show or admit, each one switchable by scenario. When a quirk
 * is on, a seeded share of the records it can touch takes the loose form, so that one response
 * mixes strict and loose records as the real service's do.
 */
export const systecQuirkNames = [
  /** `2017-8-31` instead of `2017-08-31`, in `from`/`to` and in the date part of timestamps. */
  'unpadded-dates',
  /** `meeting_id` as a JSON number (`1790001234`) instead of a string. */
  'numeric-ids',
  /** `duration` as `"45"`, `"45分钟"` or `"00:45"` (hours:minutes) instead of a number of minutes. */
  'string-durations',
  /** `has_previous_page` / `has_next_page` as `"true"` / `"false"`. */
  'string-booleans',
  /** `is_extra` as `"0"`/`"1"` or `false`/`true`, and page booleans as `1`/`0`. */
  'loose-flags',
  /** A meeting's `end_time` as `""`: ended meetings whose deletion was not recorded, and live ones. */
  'empty-end-time',
  /** `leave_time` left out for some attendees of ended meetings (live attendees never have one). */
  'missing-leave-time',
] as const;

export type SystecQuirk = (typeof systecQuirkNames)[number];

/**
 * How Systec timestamps are written. The documents do not say whether naive times are Beijing
 * time or UTC (UNCONFIRMED), and some answers use ISO strings with `Z`; the date parameters
 * `from`/`to` are read in the same zone.
 */
export const systecTimeFormats = ['naive-shanghai', 'naive-utc', 'iso-utc'] as const;
export type SystecTimeFormat = (typeof systecTimeFormats)[number];

/** The documented envelope, or Zoom v1's `{"error": {code, message}}` for credential errors. */
export const systecErrorShapes = ['envelope', 'zoom-v1'] as const;
export type SystecErrorShape = (typeof systecErrorShapes)[number];
