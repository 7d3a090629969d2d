import type { ProviderFactoryV1 } from '@callroll/core';
import { systecUMeetingProviderFactory } from '@callroll/provider-systec';
import { tencentMeetingProviderFactory } from '@callroll/provider-tencent';

/** The providers that ship with the extension; others arrive through the API. */
export const builtinProviderFactories: readonly ProviderFactoryV1[] = [
  tencentMeetingProviderFactory,
  systecUMeetingProviderFactory,
];
