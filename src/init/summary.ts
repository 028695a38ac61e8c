// The few lines shown before the file is written: enough to recognise the plan, not a report.
import type { Plan } from "../plan/types.js";
import { goalsByPriority } from "../strategy/goals-by-priority.js";

export function planSummary(plan: Plan, file: string): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `${plan.community.name}: ${count(plan.goals.length, "goal")}, ${count(plan.personas.length, "persona")}, ${count(plan.channels.length, "channel")}, ${count(plan.targets.length, "target")}`,
    `  team: ${(plan.community.team.members ?? []).map((member) => `${member.name} (${member.hoursPerWeek} h a week${member.volunteer ? ", volunteer" : ""})`).join(", ")}`,
    `  goals by priority: ${goalsByPriority(plan.goals).map((goal) => goal.title).join("; ")}`,
    `  channels: ${plan.channels.map((channel) => channel.name).join(", ")}`,
    `  targets due by ${plan.targets.map((target) => target.deadline).sort().at(-1)}; review ${plan.review?.cadence ?? "not planned"}`,
    `  guidelines in ${plan.community.languages.join(", ")}; moderators promise a reply within ${plan.moderation?.responseTime ?? "-"}`,
    ...(plan.journey ? [`  member journey: ${plan.journey.levels.map((level) => level.name).join(" → ")}`] : []),
    `writing ${file}`,
  ];
  return `${lines.join("\n")}\n`;
}
