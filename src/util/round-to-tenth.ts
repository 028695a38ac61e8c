/** Hours and shares as people read them: to one decimal (7.25 → 7.3). */
export function roundToTenth(n: number): number {
  return Math.round(n * 10) / 10;
}
