import type { Weekday } from "../plan/types.js";
import { labelsFor } from "./labels/index.js";
import { formatList } from "./format.js";
import { weekdayFormat } from "./intl-cache.js";
import { weekdayWord } from "./locale-words.js";

const order: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Short weekday name in a language, from the table or else Intl; 2027-03-01 is a Monday. */
export function weekdayName(day: Weekday, lang = "en", width: "short" | "long" = "short"): string {
  const index = order.indexOf(day);
  return weekdayWord(lang, index, width) ?? weekdayFormat(lang, width).format(new Date(Date.UTC(2027, 2, 1 + index)));
}

/** "Mon–Fri", "Mon–Wed, Sat", "every day": runs of three or more days become a range. */
export function formatDays(days: readonly Weekday[], lang = "en"): string {
  const sorted = order.filter((d) => days.includes(d));
  if (sorted.length === 7) return labelsFor(lang).words.everyDay;
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && order.indexOf(last.at(-1)!) === order.indexOf(day) - 1) last.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [`${weekdayName(run[0]!, lang)}–${weekdayName(run.at(-1)!, lang)}`]
      : run.map((d) => weekdayName(d, lang)),
  );
  return parts.length <= 2 ? formatList(parts, lang) : parts.join(", ");
}
