import { formatNumber } from "../format.js";

/** Symbols written before the amount, as English writes them; other codes follow the number. */
const SYMBOLS: Readonly<Record<string, string>> = { EUR: "€", USD: "$", GBP: "£", JPY: "¥", CNY: "¥", INR: "₹" };

/**
 * `€3,600`, `12,000 SEK`: whole units in the plan's currency. A table rather than Intl, because
 * render builds no Intl formatter for words (the locale-data test holds it to that).
 */
export function formatMoney(amount: number, currency: string | undefined): string {
  const number = formatNumber(Math.round(amount), 0);
  if (currency === undefined) return number;
  const symbol = SYMBOLS[currency.toUpperCase()];
  return symbol ? `${symbol}${number}` : `${number} ${currency}`;
}
