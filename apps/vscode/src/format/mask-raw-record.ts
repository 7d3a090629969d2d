import { formatPhoneNumber, type PhoneNumber, parsePhoneNumber } from '@callroll/core';

// Keys under which providers keep numbers (Tencent's `phone`, Systec's `phone_number`).
const phoneKey = /phone|mobile|tel/i;

/**
 * A provider's raw record as it may be shown while masking is on: every value under a phone-like
 * key, and the row's own number wherever else it appears (in any of its forms), are masked as the
 * rows mask them; ids, codes and everything else stay as the provider sent them.
 */
export function maskRawRecord(raw: unknown, phone?: PhoneNumber): unknown {
  const replacements = phone ? numberForms(phone) : [];
  const maskText = (text: string) =>
    replacements.reduce((masked, [form, replacement]) => masked.split(form).join(replacement), text);
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string')
      return key !== undefined && phoneKey.test(key) ? maskNumberText(value) : maskText(value);
    if (typeof value === 'number' && key !== undefined && phoneKey.test(key))
      return maskNumberText(String(value));
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, walk(item, name)]));
    return value;
  };
  return walk(raw, undefined);
}

function maskNumberText(text: string): string {
  if (!/\d/.test(text)) return text;
  return formatPhoneNumber(parsePhoneNumber({ number: text }), { mask: true });
}

/** The row's number as providers write it (`+8613812345678`, `8613812345678`, `13812345678`), longest first. */
function numberForms(phone: PhoneNumber): Array<[string, string]> {
  if (!phone.parsed) {
    const raw = phone.raw.replace(/ ext\. .*$/, '');
    return /\d{5,}/.test(raw)
      ? [[raw, formatPhoneNumber({ ...phone, extension: undefined }, { mask: true })]]
      : [];
  }
  const masked = formatPhoneNumber({ ...phone, extension: undefined }, { mask: true });
  const national = masked.slice(`+${phone.countryCode} `.length);
  return [
    [phone.e164, `+${phone.countryCode}${national}`],
    [phone.e164.slice(1), `${phone.countryCode}${national}`],
    [phone.nationalNumber, national],
  ];
}
