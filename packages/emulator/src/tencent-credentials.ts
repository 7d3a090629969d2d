/**
 * What a Tencent Meeting enterprise self-built app holds, and the emulator accepts. Field names
 * follow the provider settings of issue 3, so the object can be handed to a client as it is.
 */
export interface TencentCredentials {
  /** The enterprise id, sent as the `AppId` header. */
  appId: string;
  /** Sent as `X-TC-Key`. */
  secretId: string;
  /** Signs requests; never sent. */
  secretKey: string;
  /** Set when the app was allocated one: then `SdkId` must be sent, and must match. */
  sdkId?: string;
  /** The enterprise user the seeded meetings belong to. */
  operatorId: string;
  /** 1: userid. */
  operatorIdType: number;
}

/** Fixed test credentials: the emulator is a local test tool, and a stable secret keeps demos simple. */
export const defaultTencentCredentials: Readonly<TencentCredentials> = Object.freeze({
  appId: '210000001',
  secretId: 'AKIDcallrollEmulatorSecretId000001',
  secretKey: 'callroll-emulator-secret-key-not-for-production',
  operatorId: 'tester',
  operatorIdType: 1,
});
