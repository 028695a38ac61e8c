import { defineRule } from "./define-rule.js";
import type { PlanPath } from "../core/finding.js";
import type { Plan } from "../plan/types.js";
import { isIsoDate } from "../time/dates.js";

interface DateRange {
  start?: { path: PlanPath; value: string };
  end?: { path: PlanPath; value: string };
}

const at = (path: PlanPath, value: string | undefined) => (value === undefined ? undefined : { path, value });

/** Every date in the plan, grouped as ranges (a lone date is a range with only a start). */
function dateRanges(plan: Plan): DateRange[] {
  const ranges: DateRange[] = [];
  const add = (path: PlanPath, startKey: string, endKey: string | undefined, item: Record<string, unknown> | undefined) => {
    if (!item) return;
    const range: DateRange = {};
    const start = at([...path, startKey], item[startKey] as string | undefined);
    const end = endKey ? at([...path, endKey], item[endKey] as string | undefined) : undefined;
    if (start) range.start = start;
    if (end) range.end = end;
    ranges.push(range);
  };
  const each = (items: readonly object[] | undefined, path: PlanPath, startKey: string, endKey?: string) =>
    items?.forEach((item, i) => { add([...path, i], startKey, endKey, item as Record<string, unknown>); });
  add(["horizon"], "start", "end", plan.horizon as Record<string, unknown> | undefined);
  each(plan.targets, ["targets"], "deadline");
  each(plan.content?.series, ["content", "series"], "start", "end");
  each(plan.content?.events, ["content", "events"], "date");
  each(plan.content?.blackouts, ["content", "blackouts"], "from", "to");
  each(plan.engagement?.contests, ["engagement", "contests"], "start", "end");
  add(["launch"], "date", undefined, plan.launch as Record<string, unknown> | undefined);
  each(plan.launch?.steps, ["launch", "steps"], "due");
  plan.community.team.members?.forEach((member, i) => each(member.away, ["community", "team", "members", i, "away"], "from", "to"));
  return ranges;
}

export default defineRule({
  id: "valid-dates",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Dates must exist on the calendar, and every range must end on or after its start.",
    why: "The schema only checks that a date looks like YYYY-MM-DD, so 2027-02-30 or a horizon that ends before it starts slip through. Tools that read the plan then shift the date silently or drop the item, and the calendar the team works from is wrong.",
    failing: "horizon:\n  start: 2027-01-01\n  end: 2027-02-30\n",
    fixed: "horizon:\n  start: 2027-01-01\n  end: 2027-12-31\n",
  },
  messages: {
    notADate: "{{value}} is not a date on the calendar.",
    endBeforeStart: "{{end}} is before the start of the same range ({{start}}).",
  },
  check({ plan, report }) {
    for (const { start, end } of dateRanges(plan)) {
      for (const date of [start, end]) {
        if (date && !isIsoDate(date.value)) report({ messageId: "notADate", path: date.path, data: { value: date.value } });
      }
      if (start && end && isIsoDate(start.value) && isIsoDate(end.value) && end.value < start.value) {
        report({ messageId: "endBeforeStart", path: end.path, data: { start: start.value, end: end.value } });
      }
    }
  },
});
