// Which documents a plan produces, their file names, and their rendering.
import { calendarView } from "./view/calendar-view.js";
import { resolveRange, type DateRange } from "../time/date-range.js";
import { buildCalendar } from "../calendar/entries.js";
import { UsageError } from "../core/errors.js";
import type { Plan } from "../plan/types.js";
import { documentLanguage } from "../strategy/document-languages.js";
import type { ProgressReport } from "../progress/types.js";
import { createEnvironment } from "./environment.js";
import { catalogueLanguage, labelsFor, loadLabels, missingSections, type LabelSection } from "./labels/index.js";
import { sanitizeFileName } from "./file-names.js";
import { splitIntoMessages } from "./message-parts.js";
import type { OutputFormat } from "./template-files.js";
import { buildGuidelinesView } from "./view/guidelines-view.js";
import { guidelineLanguages, untranslatedCount } from "./view/localized.js";
import { buildStrategyView } from "./view/strategy-view.js";

export const documentNames = ["strategy", "guidelines", "calendar"] as const;
export type DocumentName = (typeof documentNames)[number];

/** The documents each format has: plain text is for pasting rules into a chat or a group. */
export const formatDocuments: Record<OutputFormat, readonly DocumentName[]> = {
  md: documentNames,
  html: documentNames,
  txt: ["guidelines"],
};

/** The documents to render: `only`, or all the format has; refuses one the format does not have. */
export function wantedDocuments(format: OutputFormat, only?: readonly DocumentName[]): Set<DocumentName> {
  const available = formatDocuments[format];
  const unavailable = (only ?? []).filter((name) => !available.includes(name));
  if (unavailable.length > 0) {
    throw new UsageError("E_FORMAT_DOCUMENTS", `--format ${format} writes only the ${available.join(" and ")}, not the ${unavailable.join(" or the ")}`,
      `use --only ${available.join(",")}, or --format md or html for the ${unavailable.join(" and ")}`,
    );
  }
  return new Set(only ?? available);
}

export interface RenderOptions {
  format: OutputFormat;
  today: string;
  only?: readonly DocumentName[];
  templatesDir?: string;
  /** The content calendar's range; the quarter after `today` when left out. */
  calendarRange?: DateRange;
  /** Measured targets (`render --actuals`): the strategy document gets a progress section. */
  progress?: ProgressReport;
  /** The strategy document's and calendar's language (`render --lang`); wins over the plan's. */
  lang?: string;
}


/** What a guidelines document uses of the labels; a language missing any of these gets a warning. */
const GUIDELINE_SECTIONS: readonly LabelSection[] = ["locale", "words", "guidelines", "label", "footer"];

function fallbackWarning(lang: string, what: string, sections: readonly LabelSection[]): string | undefined {
  if (sections.length === 0) return undefined;
  return catalogueLanguage(lang)
    ? `the built-in text in "${lang}" is not complete yet (${sections.join(", ")}), so English is used there in ${what}`
    : `there is no built-in text in "${lang}", so ${what} ${/ and |guidelines$/.test(what) ? "use" : "uses"} English for the headings and fixed words`;
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

/** Loads the labels of every language renderDocuments may write in: the document language and
 *  the guidelines' languages (the library API has them all already). */
export async function loadDocumentLabels(plan: Plan, lang?: string): Promise<void> {
  await loadLabels([documentLanguage(plan, lang), ...guidelineLanguages(plan)]);
}

export function renderDocuments(plan: Plan, options: RenderOptions): RenderedDocuments {
  const env = createEnvironment(options.format, options.templatesDir);
  const wanted = wantedDocuments(options.format, options.only);
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
  const docLang = documentLanguage(plan, options.lang);
  const labels = labelsFor(docLang);
  const docMissing = missingSections(docLang);
  if (wanted.has("strategy") || wanted.has("calendar")) {
    const what = [wanted.has("strategy") ? "the strategy document" : "", wanted.has("calendar") ? "the calendar" : ""].filter(Boolean).join(" and ");
    const warning = fallbackWarning(docLang, what, docMissing);
    if (warning) warnings.push(warning);
  }
  if (wanted.has("strategy")) {
    const view = buildStrategyView(plan, options.today, labels, options.progress, calendarFor(nextQuarter));
    files.push({ name: `strategy.${ext}`, content: env.render("strategy", view, { lang: docLang }) });
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
      const warning = fallbackWarning(lang, `the ${lang} guidelines`, missingSections(lang).filter((s) => GUIDELINE_SECTIONS.includes(s)));
      if (warning) warnings.push(warning);
      const untranslated = untranslatedCount(plan, lang);
      if (untranslated > 0) {
        warnings.push(
          `${untranslated} ${untranslated === 1 ? "text" : "texts"} of the guidelines ${untranslated === 1 ? "has" : "have"} no "${lang}" version; the ${lang} guidelines show the ${plan.community.languages[0]} text instead`,
        );
      }
      const view = buildGuidelinesView(plan, lang, options.today);
      const content = env.render("guidelines", view, { lang });
      files.push({ name: sanitizeFileName(`guidelines.${lang}.${ext}`), content: ext === "txt" ? splitIntoMessages(plainParagraphs(content)) : content });
    }
  }
  if (wanted.has("calendar")) {
    const view = calendarView(calendarFor(range), options.today, labels);
    files.push({ name: `calendar.${ext}`, content: env.render("calendar", view, { lang: docLang }) });
  }
  return { files, warnings };
}

/** A template's plain text with its layout tidied: no spaces at line ends, at most one blank line
 *  between paragraphs (a template's blocks leave more). */
function plainParagraphs(text: string): string {
  return text.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n");
}
