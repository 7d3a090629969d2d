import Big from 'big.js';
import * as z from 'zod/mini';

/**
 * An amount of money. `amount` is a decimal string (`"0.12"`) so that no binary float ever
 * touches it; `currency` is an ISO 4217 code.
 */
export const moneySchema = z.object({
  amount: z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'a decimal number such as 0.12')),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY')),
});

export type Money = z.infer<typeof moneySchema>;

/**
 * Reads an amount as a provider sends it. A JSON number is read through its shortest decimal
 * form (`0.12` stays `0.12`), never through float arithmetic. Returns undefined for text that
 * is not a plain decimal number.
 */
export function toMoney(amount: number | string, currency: string): Money | undefined {
  const text = typeof amount === 'number' ? (Number.isFinite(amount) ? String(amount) : '') : amount.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
  return { amount: new Big(text).toFixed(), currency: currency.toUpperCase() };
}

/**
 * An amount a provider sends in minor units (fen, cents): `1234` fen → `"12.34"` CNY, exactly, by
 * moving the decimal point rather than dividing a float. `decimals` is the currency's (2 for CNY
 * and USD, 0 for JPY). Returns undefined for anything but a whole number (a number beyond 2^53
 * must come as text).
 */
export function moneyFromMinorUnits(
  minor: number | string,
  currency: string,
  decimals = 2,
): Money | undefined {
  const text = typeof minor === 'number' ? (Number.isSafeInteger(minor) ? String(minor) : '') : minor.trim();
  if (!/^[-+]?\d+$/.test(text) || !Number.isInteger(decimals) || decimals < 0) return undefined;
  return { amount: new Big(`${text}e-${decimals}`).toFixed(), currency: currency.toUpperCase() };
}

/** Exact sums, one per currency, in the order the currencies first appear. */
export function sumMoney(amounts: Iterable<Money | undefined>): Money[] {
  const totals = new Map<string, Big>();
  for (const money of amounts) {
    if (!money) continue;
    totals.set(money.currency, (totals.get(money.currency) ?? new Big(0)).plus(money.amount));
  }
  return [...totals].map(([currency, total]) => ({ amount: total.toFixed(), currency }));
}

/** Formats an amount with a fixed number of decimals, exactly (`120` → `120.00`). */
export function formatMoney(money: Money, decimals = 2): string {
  return `${new Big(money.amount).toFixed(decimals)} ${money.currency}`;
}
