import type { Plan } from "../plan/types.js";
import { coversLanguage } from "./languages.js";

/**
 * The community's languages in which no series or event runs; an item that gives no
 * `languages` runs in all of the community's. Empty for a plan with no series or events.
 */
export function languagesWithoutContent(plan: Plan): Array<{ language: string; index: number }> {
  const items = [...(plan.content?.series ?? []), ...(plan.content?.events ?? [])];
  if (items.length === 0) return [];
  if (items.some((item) => item.languages === undefined)) return [];
  const spoken = items.flatMap((item) => item.languages ?? []);
  return plan.community.languages.flatMap((language, index) => (coversLanguage(spoken, language) ? [] : [{ language, index }]));
}
