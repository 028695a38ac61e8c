// Which documents a plan produces, their file names, and their rendering.
import { calendarView } from "../calendar/calendar-view.js";
import { resolveRange, type DateRange } from "../time/date-range.js";
import { buildCalendar } from "../calendar/entries.js";
import type { Plan } from "../plan/types.js";
import type { ProgressReport } from "../progress/types.js";
import { createEnvironment } from "./environment.js";
import { catalogueLanguage, label, missingLabels } from "./labels/index.js";
import { sanitizeFileName } from "./file-names.js";
import type { OutputFormat } from "./template-files.js";
import { buildGuidelinesView } from "./view/guidelines-view.js";
import { guidelineLanguages, untranslatedCount } from "./view/localized.js";
import { buildStrategyView } from "./view/strategy-view.js";

export const documentNames = ["strategy", "guidelines", "calendar"] as const;
export type DocumentName = (typeof documentNames)[number];

export interface RenderOptions {
  format: OutputFormat;
  today: string;
  only?: readonly DocumentName[];
  templatesDir?: string;
  /** The content calendar's range; the quarter after `today` when left out. */
  calendarRange?: DateRange;
  /** Measured targets (`render --actuals`): the strategy document gets a progress section. */
  progress?: ProgressReport;
}

export interface RenderedFile {
  /** A plain file name, safe to join to the output directory. */
  name: string;
  content: string;
}

export interface RenderedDocuments {
  files: RenderedFile[];
  /** Things the reader should know, e.g. headings that fell back to English. */
  warnings: string[];
}

export function renderDocuments(plan: Plan, options: RenderOptions): RenderedDocuments {
  const env = createEnvironment(options.format, options.templatesDir);
  const wanted = new Set(options.only ?? documentNames);
  const files: RenderedFile[] = [];
  const warnings: string[] = [];
  const ext = options.format;
  // The summary counts the quarter after today; the calendar document shows the same quarter
  // unless asked for another range, so build it once for both.
  const nextQuarter = resolveRange({ today: options.today });
  const range = options.calendarRange ?? nextQuarter;
  const sameRange = range.from === nextQuarter.from && range.to === nextQuarter.to && range.label === nextQuarter.label;
  let calendar: ReturnType<typeof buildCalendar> | undefined;
  const calendarFor = (wantedRange: DateRange) => {
    if (sameRange) return (calendar ??= buildCalendar(plan, range));
    return buildCalendar(plan, wantedRange);
  };
  if (wanted.has("strategy")) {
    const view = buildStrategyView(plan, options.today, options.progress, calendarFor(nextQuarter));
    files.push({ name: `strategy.${ext}`, content: env.render("strategy", view, { lang: "en" }) });
  }
  if (wanted.has("guidelines")) {
    const languages = guidelineLanguages(plan);
    if (!plan.guidelines) warnings.push("the plan has no guidelines, so no guidelines document was written");
    for (const lang of plan.community.languages) {
      if (plan.guidelines && !languages.includes(lang)) {
        warnings.push(`the guidelines have no text in "${lang}", so no ${lang} guidelines document was written`);
      }
    }
    for (const lang of languages) {
      if (missingLabels(lang).length > 0) {
        const what = catalogueLanguage(lang) ? "some headings" : "the headings";
        warnings.push(`no translation of ${what} into "${lang}"; the ${lang} guidelines use English there`);
      }
      const untranslated = untranslatedCount(plan, lang);
      if (untranslated > 0) {
        warnings.push(
          `${untranslated} ${untranslated === 1 ? "text" : "texts"} of the guidelines ${untranslated === 1 ? "has" : "have"} no "${lang}" version; the ${lang} guidelines show the ${plan.community.languages[0]} text instead`,
        );
      }
      const view = buildGuidelinesView(plan, lang, options.today);
      files.push({ name: sanitizeFileName(`guidelines.${lang}.${ext}`), content: env.render("guidelines", view, { lang }) });
    }
  }
  if (wanted.has("calendar")) {
    const view = calendarView(calendarFor(range), options.today, label("en", "calendar.topicToBeDecided"), label("en", "calendar.none"));
    files.push({ name: `calendar.${ext}`, content: env.render("calendar", view, { lang: "en" }) });
  }
  return { files, warnings };
}
