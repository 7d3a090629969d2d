/** Which base64 alphabet a field uses: Tencent sends both, with and without padding. */
export type Base64Variant = 'standard' | 'url-safe-unpadded';

export function toBase64(text: string, variant: Base64Variant): string {
  const bytes = Buffer.from(text, 'utf8');
  return variant === 'standard' ? bytes.toString('base64') : bytes.toString('base64url');
}
