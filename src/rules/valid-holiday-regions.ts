import { defineRule } from "./define-rule.js";
import { HOLIDAY_REGIONS } from "../time/holiday-regions.generated.js";
import { isHolidayRegion } from "../time/holiday-regions.js";

export default defineRule({
  id: "valid-holiday-regions",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Every code in content.holidays must be a country or subdivision with known public holidays, such as NL, NO or DE-BY.",
    why: "The calendar skips or moves sessions on the public holidays of these regions. A code nobody has holidays for would silently keep every session on Easter Monday and King's Day, so the calendar refuses it.",
    failing: "content:\n  holidays: [NL, DE-BX]\n",
    fixed: "content:\n  holidays: [NL, DE-BY]\n",
  },
  messages: {
    unknown: 'No public holidays are known for "{{code}}".{{suggestion}}',
  },
  check({ plan, report }) {
    (plan.content?.holidays ?? []).forEach((code, index) => {
      if (isHolidayRegion(code)) return;
      report({ messageId: "unknown", path: ["content", "holidays", index], data: { code, suggestion: subdivisionsHint(code) } });
    });
  },
});

/**
 * For a known country with an unknown subdivision, the ones it has: two-letter codes are too
 * close to each other for a "did you mean" to be more than a guess.
 */
function subdivisionsHint(code: string): string {
  const [country = ""] = code.split("-");
  if (country === code || !isHolidayRegion(country)) return "";
  const subdivisions = HOLIDAY_REGIONS.filter((region) => region.startsWith(`${country}-`));
  return subdivisions.length === 0 ? ` ${country} has no subdivisions with their own holidays.` : ` ${country} has ${subdivisions.join(", ")}.`;
}
