// The one-page summary at the top of the strategy document: what the community is for and what
// comes first, what runs next quarter per goal, whether the team's hours carry it, the money and
// the biggest risks. Every sentence compares something with something; none restates a field.
import type { Plan } from "../../plan/types.js";
import { goalsByPriority } from "../../strategy/goals-by-priority.js";
import { estimateWeeklyLoad } from "../../strategy/load-estimate.js";
import { memberLoads } from "../../strategy/member-load.js";
import { teamSize } from "../../strategy/team-size.js";
import { budgetTotals, PER_YEAR } from "../../strategy/budget-totals.js";
import { risksBySeverity } from "../../strategy/risks-by-severity.js";
import { formatList, formatNumber } from "../format.js";
import { activityName } from "./activity-names.js";
import { formatMoney } from "./money.js";
import { VOLUNTEER_SUSTAINABLE_HOURS } from "./people-view.js";
import type { QuarterRuns } from "./quarter-runs.js";
import { targetHeadline, type TargetView } from "./targets.js";
import type { SummaryBlock, SummaryView } from "./strategy-view-model.js";
import { roundToTenth } from "../../util/round-to-tenth.js";

/** Every fixed word of the summary, in one place, so it can be translated as a whole. */
export const SUMMARY_WORDS = {
  heading: "Summary",
  purpose: "What we are for",
  firstPriority: (goal: string, why: string | undefined) => `The first priority is “${goal}”${why ? `: ${why}` : "."}`,
  unranked: "No goal has a priority yet, so every goal weighs the same; rank them to say what comes first.",
  topGoals: "The top priorities and how we will know",
  goalLine: (priority: number, goal: string, headlines: string) => `${goal} (priority ${priority}): ${headlines || "no measurable target yet"}`,
  headline: (metric: string, headline: string) => `${metric.toLowerCase()} ${headline}`,
  quarter: (label: string) => `What runs in ${label}`,
  quarterGoal: (goal: string, runs: string, total: number, several: boolean) => `${goal}: ${runs}${several ? `, ${total} in all` : ""}.`,
  run: (name: string, count: number) => (count === 1 ? name : `${name} ×${count}`),
  quarterNothingServes: (goals: string) => `Nothing scheduled in the quarter serves ${goals}: close the gap or say the goal can wait.`,
  quarterUnlinked: (runs: string) => `Scheduled but serving no goal: ${runs}.`,
  quarterEmpty: "Nothing is scheduled in the quarter.",
  capacity: "Can the team carry it",
  need: (need: number, have: number, share: string) => `The plan needs about ${formatNumber(need)} of the team's ${formatNumber(have)} hours a week (${share}).`,
  over: (hours: number) => `That is ${formatNumber(hours)} hours a week more than the team has: cut, stagger or recruit before the quarter starts.`,
  tight: "That leaves under a tenth for the unplanned: answering a spike, a crisis, a sick week.",
  slack: (hours: number) => `That leaves ${formatNumber(hours)} hours a week for what the plan does not schedule: answering, member care, the unexpected.`,
  volunteers: (hours: number, have: number, share: string) => `Volunteers give ${formatNumber(hours)} of the ${formatNumber(have)} hours (${share}).`,
  member: (name: string, volunteer: boolean, need: number, have: number) =>
    `${name}${volunteer ? " (volunteer)" : ""}: ${formatNumber(need)} of ${formatNumber(have)} h${need > have ? ", over" : need >= have * 0.9 ? ", at the limit" : ""}`,
  heavyVolunteers: (names: string, limit: number) => `${names} ${names.includes(" and ") ? "are volunteers" : "is a volunteer"} asked for more than ${limit} hours a week, more than volunteers usually sustain for long.`,
  overloaded: (names: string, several: boolean) => `${names} ${several ? "carry" : "carries"} more than the hours they have.`,
  unowned: (hours: number) => `${formatNumber(hours)} hours a week belong to nobody on the team by name.`,
  money: "Money",
  perYear: (total: string) => `The year costs ${total}.`,
  firstGoalShare: (goal: string, amount: string, share: string) => `The first priority, “${goal}”, gets ${amount} (${share}).`,
  firstGoalNothing: (goal: string) => `The first priority, “${goal}”, gets none of it: it runs on the team's hours alone.`,
  richestGoal: (goal: string, amount: string) => `More goes to “${goal}” (${amount}) than to the first priority.`,
  largestItem: (name: string, amount: string) => `The largest item is ${name} (${amount} a year).`,
  unassignedMoney: (amount: string) => `${amount} serves no goal.`,
  risks: "What could go wrong",
  topRisks: (shown: number, all: number) => (shown === all ? `All ${all} risks, most severe first (likelihood × impact):` : `The ${shown} most severe of ${all} risks (likelihood × impact):`),
  risk: (risk: string, likelihood: string, impact: string, mitigation: string, owner: string, playbook: boolean) =>
    `${risk} (${likelihood} likelihood, ${impact} impact). ${mitigation} Owner: ${owner}.${playbook ? "" : " No playbook yet."}`,
} as const;

const W = SUMMARY_WORDS;
const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

export function buildSummary(plan: Plan, targets: readonly TargetView[], quarter: QuarterRuns): SummaryView {
  const blocks: SummaryBlock[] = [purposeBlock(plan, targets), quarterBlock(plan, quarter), capacityBlock(plan)];
  const money = moneyBlock(plan);
  if (money) blocks.push(money);
  const risks = risksBlock(plan);
  if (risks) blocks.push(risks);
  return { heading: W.heading, blocks };
}

function headlines(goalId: string, plan: Plan, targets: readonly TargetView[]): string {
  const measuring = new Set(plan.targets.filter((t) => t.goal === goalId).map((t) => t.id));
  const parts = targets.filter((t) => measuring.has(t.id) && t.target !== null).map((t) => W.headline(t.metricName, targetHeadline(t)));
  return formatList(parts);
}

/** What the community is for, what comes first, and the top three goals with their headline targets. */
export function purposeBlock(plan: Plan, targets: readonly TargetView[]): SummaryBlock {
  const ranked = goalsByPriority(plan.goals);
  const first = ranked[0];
  const sentences = [sentence(plan.community.purpose.replace(/\s+/g, " "))];
  if (first && first.priority !== undefined) sentences.push(W.firstPriority(first.title, first.description && sentence(first.description)));
  else if (plan.goals.length > 1) sentences.push(W.unranked);
  const top = ranked.filter((g) => g.priority !== undefined).slice(0, 3);
  const items = top.map((g) => W.goalLine(g.priority!, g.title, headlines(g.id, plan, targets)));
  return { label: W.purpose, sentences, items, itemsLabel: items.length > 0 ? W.topGoals : null };
}

/** Occurrences in the quarter per goal (priority order), through the activities' goals. */
export function quarterBlock(plan: Plan, quarter: QuarterRuns): SummaryBlock {
  const sentences: string[] = [];
  if (quarter.runs.length === 0) sentences.push(W.quarterEmpty);
  const unserved: string[] = [];
  for (const goal of goalsByPriority(plan.goals)) {
    const runs = quarter.runs.filter((r) => r.activity.goals.includes(goal.id));
    if (runs.length === 0) {
      unserved.push(`“${goal.title}”`);
      continue;
    }
    const total = runs.reduce((sum, r) => sum + r.count, 0);
    sentences.push(W.quarterGoal(goal.title, formatList(runs.map((r) => W.run(activityName(plan, r.activity), r.count))), total, runs.length > 1));
  }
  const goalIds = new Set(plan.goals.map((g) => g.id));
  const unlinked = quarter.runs.filter((r) => !r.activity.goals.some((g) => goalIds.has(g)));
  if (unlinked.length > 0) sentences.push(W.quarterUnlinked(formatList(unlinked.map((r) => W.run(activityName(plan, r.activity), r.count)))));
  if (unserved.length > 0 && quarter.runs.length > 0) sentences.push(W.quarterNothingServes(formatList(unserved)));
  return { label: W.quarter(quarter.label), sentences, items: [], itemsLabel: null };
}

/** Hours needed against hours available, for the team and per member; volunteers apart. */
export function capacityBlock(plan: Plan): SummaryBlock {
  const need = estimateWeeklyLoad(plan).total;
  const team = teamSize(plan.community.team);
  const have = team.hoursPerWeek;
  const sentences = [W.need(need, have, percent(need, have))];
  if (need > have) sentences.push(W.over(roundToTenth(need - have)));
  else if (have - need < have / 10) sentences.push(W.tight);
  else sentences.push(W.slack(roundToTenth(have - need)));
  if (team.volunteerHours > 0) sentences.push(W.volunteers(team.volunteerHours, have, percent(team.volunteerHours, have)));
  const loads = memberLoads(plan);
  const over = loads.filter((l) => l.hours > l.member.hoursPerWeek).map((l) => l.member.name);
  if (over.length > 0) sentences.push(W.overloaded(formatList(over), over.length > 1));
  const heavy = loads.filter((l) => l.member.volunteer && l.hours > VOLUNTEER_SUSTAINABLE_HOURS).map((l) => l.member.name);
  if (heavy.length > 0) sentences.push(W.heavyVolunteers(formatList(heavy), VOLUNTEER_SUSTAINABLE_HOURS));
  if (loads.length > 0) {
    const unowned = roundToTenth(need - loads.reduce((sum, l) => sum + l.hours, 0));
    if (unowned >= 0.5) sentences.push(W.unowned(unowned));
  }
  const items = loads.map((l) => W.member(l.member.name, l.member.volunteer ?? false, l.hours, l.member.hoursPerWeek));
  return { label: W.capacity, sentences, items, itemsLabel: null };
}

/** The year's total, what the first priority gets, and the largest item. */
export function moneyBlock(plan: Plan): SummaryBlock | null {
  if (!plan.budget && !(plan.engagement?.contests ?? []).some((c) => c.prizeValue !== undefined)) return null;
  const totals = budgetTotals(plan);
  const money = (n: number) => formatMoney(n, totals.currency);
  const sentences = [W.perYear(money(totals.perYear))];
  const ranked = goalsByPriority(plan.goals).filter((g) => g.priority !== undefined);
  const first = ranked[0];
  if (first && totals.perYear > 0) {
    const amount = totals.perGoal.get(first.id) ?? 0;
    sentences.push(amount > 0 ? W.firstGoalShare(first.title, money(amount), percent(amount, totals.perYear)) : W.firstGoalNothing(first.title));
    const richest = plan.goals.reduce((a, b) => ((totals.perGoal.get(b.id) ?? 0) > (totals.perGoal.get(a.id) ?? 0) ? b : a));
    if ((totals.perGoal.get(richest.id) ?? 0) > amount) sentences.push(W.richestGoal(richest.title, money(totals.perGoal.get(richest.id)!)));
  }
  const perYear = PER_YEAR;
  const items = plan.budget?.items ?? [];
  if (items.length > 1) {
    const largest = items.reduce((a, b) => (b.amount * perYear[b.per] > a.amount * perYear[a.per] ? b : a));
    sentences.push(W.largestItem(largest.name, money(largest.amount * perYear[largest.per])));
  }
  if (totals.unassigned > 0) sentences.push(W.unassignedMoney(money(totals.unassigned)));
  return { label: W.money, sentences, items: [], itemsLabel: null };
}

/** The three most severe risks, with mitigation and owner. */
export function risksBlock(plan: Plan): SummaryBlock | null {
  const all = plan.risks ?? [];
  const rated = risksBySeverity(all).slice(0, 3);
  if (rated.length === 0) return null;
  const items = rated.map(({ risk }) =>
    W.risk(sentence(risk.risk).slice(0, -1), risk.likelihood, risk.impact, sentence(risk.mitigation), risk.owner, (risk.playbook ?? []).length > 0),
  );
  return { label: W.risks, sentences: [W.topRisks(rated.length, all.length)], items, itemsLabel: null };
}
