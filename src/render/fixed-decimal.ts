// Numbers as `Intl.NumberFormat("en-US", { minimumFractionDigits: d, maximumFractionDigits: d })`
// writes them ("1,234.50"), without building the formatter: the first Intl object of a run
// costs ~25 ms of ICU start-up. ICU rounds the shortest decimal that reads back as the double
// (what String(value) gives), half away from zero, so 1.005 → "1.01" where toFixed says "1.00";
// this does the same on the digits. tests/render/locale-data.test.ts compares it with Intl.

/** The en-US text with exactly `digits` decimals, or undefined where Intl should answer. */
export function formatFixed(value: number, digits: number): string | undefined {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) return undefined;
  const text = String(Math.abs(value));
  // NaN, Infinity, exponent forms (below 1e-6, from 1e21): rare, and Intl's job.
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const [whole = "", fraction = ""] = text.split(".");
  let digitsText = whole + fraction.padEnd(digits, "0").slice(0, digits);
  if ((fraction[digits] ?? "0") >= "5") digitsText = incremented(digitsText);
  const intPart = digitsText.slice(0, digitsText.length - digits) || "0";
  const fracPart = digitsText.slice(digitsText.length - digits);
  // ICU keeps the sign of a negative number that rounds to zero (and of -0): "-0".
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return `${sign}${grouped(intPart)}${digits > 0 ? `.${fracPart}` : ""}`;
}

/** Adds one to a string of decimal digits ("0999" → "1000"). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  if (i < 0) return `1${"0".repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String(Number(digits[i]) + 1)}${"0".repeat(digits.length - i - 1)}`;
}

/** "1234567" → "1,234,567". */
function grouped(intPart: string): string {
  const trimmed = intPart.replace(/^0+(?=\d)/, "");
  return trimmed.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
