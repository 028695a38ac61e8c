import type { Plan } from "../../plan/types.js";
import { formatDays } from "../weekdays.js";
import { languageName } from "../format.js";
import { guidelineLanguages, textOrFallback } from "./localized.js";

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
  moderators: Array<{ name: string; languages: string[]; days: string | null; hours: string | null; timeZone: string }>;
  responseTime: string | null;
}

/** The guidelines in one language; missing translations fall back to the first language's text. */
export function buildGuidelinesView(plan: Plan, lang: string, today: string): GuidelinesView {
  const first = plan.community.languages[0] ?? "en";
  const pick = (text: Parameters<typeof textOrFallback>[0]) => textOrFallback(text, lang, first);
  const guidelines = plan.guidelines ?? { rules: [] };
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
    reporting: pick(guidelines.reporting),
    moderators: (plan.moderation?.moderators ?? []).map((m) => ({
      name: m.name,
      languages: m.languages.map((tag) => languageName(tag, lang)),
      days: m.hours ? formatDays(m.hours.days ?? ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], lang) : null,
      hours: m.hours ? `${m.hours.start}–${m.hours.end}` : null,
      timeZone: m.timeZone,
    })),
    responseTime: plan.moderation?.responseTime ?? null,
  };
}
