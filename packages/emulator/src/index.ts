export type { FixtureMeeting, TencentFixtures } from './data/fixtures.js';
export type { EnterpriseUser } from './data/meeting.js';
export type { EmulatorStats } from './emulator-stats.js';
export type { Emulator, EmulatorOptions, TencentEmulatorInfo } from './emulator-types.js';
export {
  defaultScenario,
  type FaultKind,
  faultKinds,
  type Scenario,
  type ScenarioPatch,
  scenarioPatchSchema,
} from './scenario/scenario.js';
export { defaultSeed, startEmulator } from './start-emulator.js';
export { defaultTencentCredentials, type TencentCredentials } from './tencent-credentials.js';
export { PACKAGE_NAME, VERSION } from './version.js';
