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

type LaunchReport = (finding: { messageId: "stepAfterLaunch" | "launchOutsideHorizon"; path: PlanPath; data: Record<string, string>; severity: "warning" }) => void;

/** The launch is the plan's opening: inside its horizon, with its preparation before it. Warnings, as the dates themselves are real. */
function checkLaunch(plan: Plan, report: LaunchReport): void {
  const launch = plan.launch?.date;
  if (launch === undefined || !isIsoDate(launch)) return;
  const horizon = plan.horizon;
  if (horizon && isIsoDate(horizon.start) && isIsoDate(horizon.end) && (launch < horizon.start || launch > horizon.end)) {
    report({ messageId: "launchOutsideHorizon", path: ["launch", "date"], data: { launch, start: horizon.start, end: horizon.end }, severity: "warning" });
  }
  plan.launch?.steps?.forEach((step, i) => {
    if (step.due !== undefined && isIsoDate(step.due) && step.due > launch) {
      report({ messageId: "stepAfterLaunch", path: ["launch", "steps", i, "due"], data: { due: step.due, launch }, severity: "warning" });
    }
  });
}

export default defineRule({
  id: "valid-dates",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Dates must exist on the calendar, every range must end on or after its start, and the launch falls inside the horizon with its steps before it.",
    why: "The schema only checks that a date looks like YYYY-MM-DD, so 2027-02-30 or a horizon that ends before it starts slip through. Tools that read the plan then shift the date silently or drop the item, and the calendar the team works from is wrong. A launch outside the plan's horizon, or a launch step due after the launch, is a warning: the dates exist, but preparation after the opening is no preparation, and a launch the horizon does not cover is missing from every document and calendar made from the plan.",
    failing: "horizon:\n  start: 2027-01-01\n  end: 2027-02-30\n",
    fixed: "horizon:\n  start: 2027-01-01\n  end: 2027-12-31\n",
  },
  messages: {
    notADate: "{{value}} is not a date on the calendar.",
    endBeforeStart: "{{end}} is before the start of the same range ({{start}}).",
    stepAfterLaunch: "This launch step is due {{due}}, after the launch on {{launch}}: prepare it before the launch, or plan it as a series or event.",
    launchOutsideHorizon: "The launch on {{launch}} lies outside the plan's horizon ({{start}} to {{end}}): move the launch or the horizon.",
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
    checkLaunch(plan, report);
  },
});
