export type { FixtureMeeting, TencentFixtures } from './data/fixtures.js';
export type { EnterpriseUser } from './data/meeting.js';
export type { SystecFixtureMeeting, SystecFixtures } from './data/systec/systec-fixtures.js';
export { fenPerMinute, type TelephonyType, telephonyTypes } from './data/systec/telephony.js';
export type { ApiStats, EmulatorStats } from './emulator-stats.js';
export type {
  Emulator,
  EmulatorOptions,
  EmulatorTime,
  SystecEmulatorInfo,
  TencentEmulatorInfo,
} from './emulator-types.js';
export {
  defaultScenario,
  type FaultKind,
  faultKinds,
  type Scenario,
  type ScenarioPatch,
  scenarioPatchSchema,
} from './scenario/scenario.js';
export {
  type SystecErrorShape,
  type SystecQuirk,
  type SystecTimeFormat,
  systecErrorShapes,
  systecQuirkNames,
  systecTimeFormats,
} from './scenario/systec-quirks.js';
export { defaultSeed, startEmulator } from './start-emulator.js';
export { type EmulatorProcess, startEmulatorProcess } from './start-emulator-process.js';
export { defaultSystecCredentials, type SystecCredentials } from './systec-credentials.js';
export { defaultTencentCredentials, type TencentCredentials } from './tencent-credentials.js';
export { PACKAGE_NAME, VERSION } from './version.js';
