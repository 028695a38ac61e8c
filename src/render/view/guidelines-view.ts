import type { Plan } from "../../plan/types.js";
import { formatDays } from "../weekdays.js";
import { languageName } from "../format.js";
import { labelsFor } from "../labels/index.js";
import { guidelineLanguages, textOrFallback } from "./localized.js";

export interface ModeratorRow {
  name: string;
  languages: string[];
  days: string | null;
  hours: string | null;
  timeZone: string;
}

export interface GuidelinesView {
  lang: string;
  languageName: string;
  /** The other languages the guidelines exist in, named in this document's language. */
  otherLanguages: string[];
  today: string;
  community: { name: string; organisation: string | null };
  rules: Array<{ id: string; title: string; explanation: string | null }>;
  consequences: string[];
  reporting: string | null;
  /** Names and weekly shifts: team information, [] unless `guidelines.showModerators` is true. */
  moderators: ModeratorRow[];
  /** The response time, or null when there is none or the reporting text already states it. */
  responseTime: string | null;
}

/** The moderators, their languages and shifts, named and written in `lang`. */
export function moderatorRows(plan: Plan, lang: string): ModeratorRow[] {
  return (plan.moderation?.moderators ?? []).map((m) => ({
    name: m.name,
    languages: m.languages.map((tag) => languageName(tag, lang)),
    days: m.hours ? formatDays(m.hours.days ?? ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], lang) : null,
    hours: m.hours ? `${m.hours.start}–${m.hours.end}` : null,
    timeZone: m.timeZone,
  }));
}

/**
 * Whether the plan's own reporting text already promises the response time ("We read every
 * report within 8 hours" for `8h`): the amount as written, followed by the language's word for
 * its unit. Then the tool does not say it a second time.
 */
export function statesResponseTime(reporting: string | null, responseTime: string, lang: string): boolean {
  if (!reporting) return false;
  const durations = labelsFor(lang).words.durations;
  return [...responseTime.matchAll(/(\d+)([dhm])/g)].some(([, amount, unit]) => {
    const words = durations[unit as "d" | "h" | "m"].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return new RegExp(`(?<![\\d.,])${amount}\\s*(?:${words.join("|")})`, "iu").test(reporting);
  });
}

/** The guidelines in one language; missing translations fall back to the first language's text. */
export function buildGuidelinesView(plan: Plan, lang: string, today: string): GuidelinesView {
  const first = plan.community.languages[0] ?? "en";
  const pick = (text: Parameters<typeof textOrFallback>[0]) => textOrFallback(text, lang, first);
  const guidelines = plan.guidelines ?? { rules: [] };
  const reporting = pick(guidelines.reporting);
  const responseTime = plan.moderation?.responseTime ?? null;
  return {
    lang,
    languageName: languageName(lang, lang),
    otherLanguages: guidelineLanguages(plan)
      .filter((other) => other !== lang)
      .map((other) => languageName(other, lang)),
    today,
    community: { name: plan.community.name, organisation: plan.community.organisation ?? null },
    rules: guidelines.rules.map((rule) => ({ id: rule.id, title: pick(rule.title) ?? rule.id, explanation: pick(rule.explanation) })),
    consequences: (guidelines.consequences ?? []).map((step) => pick(step) ?? ""),
    reporting,
    moderators: plan.guidelines?.showModerators === true ? moderatorRows(plan, lang) : [],
    responseTime: responseTime !== null && !statesResponseTime(reporting, responseTime, lang) ? responseTime : null,
  };
}
