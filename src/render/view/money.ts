import { formatNumber } from "../format.js";
import { labelsFor } from "../labels/index.js";

/** Symbols written before the amount, as English writes them; other codes follow the number. */
const SYMBOLS: Readonly<Record<string, string>> = { EUR: "€", USD: "$", GBP: "£", JPY: "¥", CNY: "¥", INR: "₹" };

/**
 * `€3,600`, `12,000 SEK` (`€ 3.600` in Dutch, `3 600 €` in Norwegian): whole units in the plan's currency. A table rather than Intl, because
 * render builds no Intl formatter for words (the locale-data test holds it to that).
 */
export function formatMoney(amount: number, currency: string | undefined, lang = "en"): string {
  const number = formatNumber(Math.round(amount), 0, lang);
  if (currency === undefined) return number;
  return labelsFor(lang).words.money(number, SYMBOLS[currency.toUpperCase()], currency);
}
