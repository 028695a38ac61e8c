// The Markdown calendar (`calendar --format md`), through the same engine as `render`: strict
// templates, the shared helpers, and Markdown escaping of every string from the plan.
import { renderTemplate } from "./environment.js";
import { calendarView } from "../calendar/calendar-view.js";
import { label } from "./labels/index.js";
import type { Calendar } from "../calendar/entries.js";

export function renderMarkdown(calendar: Calendar, options: { today: string; templatesDir?: string }): string {
  return renderTemplate("calendar", calendarView(calendar, options.today, label("en", "calendar.topicToBeDecided"), label("en", "calendar.none")), { format: "md", templatesDir: options.templatesDir });
}
