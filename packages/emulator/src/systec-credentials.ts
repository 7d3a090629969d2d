/** What a Systec UMeeting account holds, and the emulator accepts in every call's form body. */
export interface SystecCredentials {
  apiKey: string;
  apiSecret: string;
}

/**
 * Fixed test credentials. The secret holds `+`, `/` and `=` on purpose: a client that does not
 * form-encode its body sends a `+` that arrives as a space, and is refused (wrong secret).
 */
export const defaultSystecCredentials: Readonly<SystecCredentials> = Object.freeze({
  apiKey: 'cRollEmuSystecApiKey01',
  apiSecret: 'callroll+emulator/systec=secret-not-for-production',
});
