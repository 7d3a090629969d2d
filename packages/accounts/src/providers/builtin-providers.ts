import type { ProviderFactoryV1 } from '@callroll/core';
import { systecUMeetingProviderFactory } from '@callroll/provider-systec';
import { tencentMeetingProviderFactory } from '@callroll/provider-tencent';

/**
 * The providers callroll ships with, in the order `callroll providers` lists them. Each is a
 * `ProviderFactoryV1`, exactly what a plugin exports, so built-ins get no special treatment.
 * Adding one is one import and one line here.
 */
export const builtinProviderFactories: readonly ProviderFactoryV1[] = [
  tencentMeetingProviderFactory,
  systecUMeetingProviderFactory,
];
