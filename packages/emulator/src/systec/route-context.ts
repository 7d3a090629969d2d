import type { SystecDataset } from '../data/systec/systec-dataset.js';
import type { FormParams } from './form-params.js';
import type { WireStyle } from './wire/wire-style.js';

/** What a Systec endpoint handler sees of an authenticated call. */
export interface SystecRouteContext {
  dataset: SystecDataset;
  /** The call's form parameters, credentials included. */
  form: FormParams;
  style: WireStyle;
  /** Today, as a day number in the style's zone: the data's "now" is frozen, so is today. */
  today: number;
}

/** Returns the envelope's `data` or throws a SystecError. */
export type SystecRouteHandler = (context: SystecRouteContext) => unknown;
