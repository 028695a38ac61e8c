/**
 * Orders strings by UTF-16 code unit, the same on every machine. `localeCompare` would follow
 * the process's locale (LANG), so output order could differ between two CI runners, and its
 * first call loads ICU's collation data: about 10 ms of every lint run.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
