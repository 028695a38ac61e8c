// The Markdown calendar (`calendar --format md`), through the same engine as `render`: strict
// templates, the shared helpers, and Markdown escaping of every string from the plan.
import { renderTemplate } from "./environment.js";
import { calendarView } from "./view/calendar-view.js";
import { labelsFor } from "./labels/index.js";
import type { Calendar } from "../calendar/entries.js";

/** `lang`: the document language (English when left out), as for `render`. */
export function renderMarkdown(calendar: Calendar, options: { today: string; templatesDir?: string; lang?: string }): string {
  const lang = options.lang ?? "en";
  return renderTemplate("calendar", calendarView(calendar, options.today, labelsFor(lang)), { format: "md", templatesDir: options.templatesDir, lang });
}
