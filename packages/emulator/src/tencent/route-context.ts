import type { CalloutMoment } from '../data/callout-moment.js';
import type { Dataset } from '../data/dataset.js';
import type { Scenario } from '../scenario/scenario.js';
import type { QueryParams } from './params.js';

/** What a Tencent endpoint handler sees of an authenticated request. */
export interface RouteContext {
  dataset: Dataset;
  scenario: Scenario;
  /** The data clock and the scenario's callout times: what callout statuses are read at. */
  moment: CalloutMoment;
  /** The emulator's own (possibly skewed) clock, unix seconds. */
  clockSeconds: number;
  query: QueryParams;
  /** The raw body text. */
  body: string;
  /** The path segments the route captured, in order. */
  pathParams: readonly string[];
}

/** Returns the 200 body or throws an ApiError. */
export type RouteHandler = (context: RouteContext) => unknown;
