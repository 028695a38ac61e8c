import { numberFormat } from "../intl-cache.js";

const formats = new Map<string, Intl.NumberFormat | null>();

/** `€3,600` in the plan's currency, whole units; an unknown code is written after the number. */
export function formatMoney(amount: number, currency: string | undefined): string {
  const rounded = Math.round(amount);
  if (currency === undefined) return numberFormat(0).format(rounded);
  let format = formats.get(currency);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
    } catch {
      format = null;
    }
    formats.set(currency, format);
  }
  return format ? format.format(rounded) : `${numberFormat(0).format(rounded)} ${currency}`;
}
