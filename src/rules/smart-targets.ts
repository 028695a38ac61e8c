import { defineRule, type RuleContext } from "./define-rule.js";
import type { Plan, Target } from "../plan/types.js";
import { isIsoDate } from "../time/dates.js";

/** The parts a target needs to be measurable, in the order people fill them in. */
function missingParts(target: Target): string[] {
  const missing: string[] = [];
  if (target.baseline === undefined) missing.push("baseline");
  if (target.target === undefined && target.change === undefined) missing.push("target or change");
  if (target.unit === undefined) missing.push("unit");
  if (target.deadline === undefined) missing.push("deadline");
  return missing;
}

/** +1 when the target asks for more, -1 for less, 0 for no change; undefined when unknown. */
function requestedMove(target: Target): number | undefined {
  if (target.change !== undefined) return Math.sign(Number.parseFloat(target.change));
  if (target.target !== undefined && target.baseline !== undefined) return Math.sign(target.target - target.baseline);
  return undefined;
}

export default defineRule({
  id: "smart-targets",
  kind: "strategy",
  defaultSeverity: "error",
  docs: {
    description: "Targets must be SMART: a baseline, a target or change in the right direction, a unit, and a future deadline inside the horizon.",
    why: "A target without a baseline cannot show progress, one without a deadline never falls due, and one whose deadline has passed or lies beyond the plan's horizon is not a commitment the team will review. A target equal to its baseline, or moving against the stated direction, is usually a typo that makes the review meaningless.",
    failing: "targets:\n  - id: comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    target: 1.5\n    direction: increase\n    unit: comments\n",
    fixed: "targets:\n  - id: comments\n    goal: engagement\n    metric: comments-per-post\n    baseline: 2\n    target: 2.5\n    direction: increase\n    unit: comments\n    deadline: 2027-03-31\n",
  },
  messages: {
    missing: 'The target "{{id}}" is not measurable yet: it has no {{parts}}.',
    noChange: 'The target "{{id}}" asks for no change from its baseline of {{baseline}}.',
    wrongDirection: 'The target "{{id}}" should {{direction}}, but this asks for the opposite.',
    deadlinePassed: "The deadline {{deadline}} is not after today ({{today}}).",
    beforeHorizon: "The deadline {{deadline}} falls before the plan's horizon starts ({{start}}).",
    afterHorizon: "The deadline {{deadline}} falls after the plan's horizon ends ({{end}}).",
  },
  check({ plan, options, report }) {
    plan.targets.forEach((target, index) => {
      const at = ["targets", index];
      const missing = missingParts(target);
      if (missing.length > 0) report({ messageId: "missing", path: at, data: { id: target.id, parts: joinParts(missing) } });
      checkDirection(target, index, report);
      if (target.deadline !== undefined && isIsoDate(target.deadline)) checkDeadline(plan, target.deadline, index, options.today, report);
    });
  },
});

type Report = RuleContext<"noChange" | "wrongDirection" | "deadlinePassed" | "beforeHorizon" | "afterHorizon">["report"];

function checkDirection(target: Target, index: number, report: Report): void {
  const move = requestedMove(target);
  const valuePath = ["targets", index, target.change !== undefined ? "change" : "target"];
  if (move === 0) {
    report({ messageId: "noChange", path: valuePath, data: { id: target.id, baseline: target.baseline ?? 0 } });
  } else if (move !== undefined && target.direction !== undefined && move !== (target.direction === "increase" ? 1 : -1)) {
    report({ messageId: "wrongDirection", path: valuePath, data: { id: target.id, direction: target.direction } });
  }
}

function checkDeadline(plan: Plan, deadline: string, index: number, today: string, report: Report): void {
  const path = ["targets", index, "deadline"];
  // ISO dates compare correctly as strings.
  if (deadline <= today) report({ messageId: "deadlinePassed", path, data: { deadline, today } });
  const horizon = plan.horizon;
  if (!horizon) return;
  if (isIsoDate(horizon.start) && deadline < horizon.start) report({ messageId: "beforeHorizon", path, data: { deadline, start: horizon.start } });
  if (isIsoDate(horizon.end) && deadline > horizon.end) report({ messageId: "afterHorizon", path, data: { deadline, end: horizon.end } });
}

function joinParts(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} or ${parts.at(-1)}`;
}
