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
import { formatList, formatNumber, formatShare } from "../format.js";
import type { Labels } from "../labels/index.js";
import { activityName } from "./activity-names.js";
import { formatMoney } from "./money.js";
import { VOLUNTEER_SUSTAINABLE_HOURS } from "./people-view.js";
import type { QuarterRuns } from "./quarter-runs.js";
import { targetHeadline, type TargetView } from "./targets.js";
import type { SummaryBlock, SummaryView } from "./strategy-view-model.js";
import { roundToTenth } from "../../util/round-to-tenth.js";


const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

export function buildSummary(plan: Plan, targets: readonly TargetView[], quarter: QuarterRuns, L: Labels): SummaryView {
  const blocks: SummaryBlock[] = [purposeBlock(plan, targets, L), quarterBlock(plan, quarter, L), capacityBlock(plan, L)];
  const money = moneyBlock(plan, L);
  if (money) blocks.push(money);
  const risks = risksBlock(plan, L);
  if (risks) blocks.push(risks);
  return { heading: L.summary.heading, blocks };
}

function headlines(goalId: string, plan: Plan, targets: readonly TargetView[], L: Labels): string {
  const measuring = new Set(plan.targets.filter((t) => t.goal === goalId).map((t) => t.id));
  const parts = targets.filter((t) => measuring.has(t.id) && t.target !== null).map((t) => L.summary.headline(t.metricName, targetHeadline(t, L)));
  return formatList(parts, L.locale.tag);
}

/** What the community is for, what comes first, and the top three goals with their headline targets. */
export function purposeBlock(plan: Plan, targets: readonly TargetView[], L: Labels): SummaryBlock {
  const W = L.summary;
  const ranked = goalsByPriority(plan.goals);
  const first = ranked[0];
  const sentences = [sentence(plan.community.purpose.replace(/\s+/g, " "))];
  if (first && first.priority !== undefined) sentences.push(W.firstPriority(first.title, first.description && sentence(first.description)));
  else if (plan.goals.length > 1) sentences.push(W.unranked);
  const top = ranked.filter((g) => g.priority !== undefined).slice(0, 3);
  const items = top.map((g) => W.goalLine(g.priority!, g.title, headlines(g.id, plan, targets, L)));
  return { label: W.purpose, sentences, items, itemsLabel: items.length > 0 ? W.topGoals : null };
}

/** Occurrences in the quarter per goal (priority order), through the activities' goals. */
export function quarterBlock(plan: Plan, quarter: QuarterRuns, L: Labels): SummaryBlock {
  const W = L.summary;
  const list = (items: string[]) => formatList(items, L.locale.tag);
  const sentences: string[] = [];
  if (quarter.runs.length === 0) sentences.push(W.quarterEmpty);
  const unserved: string[] = [];
  for (const goal of goalsByPriority(plan.goals)) {
    const runs = quarter.runs.filter((r) => r.activity.goals.includes(goal.id));
    if (runs.length === 0) {
      unserved.push(L.channels.quote(goal.title));
      continue;
    }
    const total = runs.reduce((sum, r) => sum + r.count, 0);
    sentences.push(W.quarterGoal(goal.title, list(runs.map((r) => W.run(activityName(plan, r.activity, L), r.count))), total, runs.length > 1));
  }
  const goalIds = new Set(plan.goals.map((g) => g.id));
  const unlinked = quarter.runs.filter((r) => !r.activity.goals.some((g) => goalIds.has(g)));
  if (unlinked.length > 0) sentences.push(W.quarterUnlinked(list(unlinked.map((r) => W.run(activityName(plan, r.activity, L), r.count)))));
  if (unserved.length > 0 && quarter.runs.length > 0) sentences.push(W.quarterNothingServes(list(unserved)));
  return { label: W.quarter(quarter.label), sentences, items: [], itemsLabel: null };
}

/** Hours needed against hours available, for the team and per member; volunteers apart. */
export function capacityBlock(plan: Plan, L: Labels): SummaryBlock {
  const W = L.summary;
  const n = (value: number) => formatNumber(value, undefined, L.locale.tag);
  const list = (items: string[]) => formatList(items, L.locale.tag);
  const need = estimateWeeklyLoad(plan).total;
  const team = teamSize(plan.community.team);
  const have = team.hoursPerWeek;
  const sentences = [W.need(n(need), n(have), formatShare(need, have, L.locale.tag))];
  if (need > have) sentences.push(W.over(n(roundToTenth(need - have))));
  else if (have - need < have / 10) sentences.push(W.tight);
  else sentences.push(W.slack(n(roundToTenth(have - need))));
  if (team.volunteerHours > 0) sentences.push(W.volunteers(n(team.volunteerHours), n(have), formatShare(team.volunteerHours, have, L.locale.tag)));
  const loads = memberLoads(plan);
  const over = loads.filter((l) => l.hours > l.member.hoursPerWeek).map((l) => l.member.name);
  if (over.length > 0) sentences.push(W.overloaded(list(over), over.length > 1));
  const heavy = loads.filter((l) => l.member.volunteer && l.hours > VOLUNTEER_SUSTAINABLE_HOURS).map((l) => l.member.name);
  if (heavy.length > 0) sentences.push(W.heavyVolunteers(list(heavy), heavy.length > 1, VOLUNTEER_SUSTAINABLE_HOURS));
  if (loads.length > 0) {
    const unowned = roundToTenth(need - loads.reduce((sum, l) => sum + l.hours, 0));
    if (unowned >= 0.5) sentences.push(W.unowned(n(unowned)));
  }
  const items = loads.map((l) => {
    const state = l.hours > l.member.hoursPerWeek ? "over" : l.hours >= l.member.hoursPerWeek * 0.9 ? "limit" : "fine";
    return W.member(l.member.name, l.member.volunteer ?? false, n(l.hours), n(l.member.hoursPerWeek), state);
  });
  return { label: W.capacity, sentences, items, itemsLabel: null };
}

/** The year's total, what the first priority gets, and the largest item. */
export function moneyBlock(plan: Plan, L: Labels): SummaryBlock | null {
  const W = L.summary;
  if (!plan.budget && !(plan.engagement?.contests ?? []).some((c) => c.prizeValue !== undefined)) return null;
  const totals = budgetTotals(plan);
  const money = (n: number) => formatMoney(n, totals.currency, L.locale.tag);
  const sentences = [W.perYear(money(totals.perYear))];
  const ranked = goalsByPriority(plan.goals).filter((g) => g.priority !== undefined);
  const first = ranked[0];
  if (first && totals.perYear > 0) {
    const amount = totals.perGoal.get(first.id) ?? 0;
    sentences.push(amount > 0 ? W.firstGoalShare(first.title, money(amount), formatShare(amount, totals.perYear, L.locale.tag)) : W.firstGoalNothing(first.title));
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
export function risksBlock(plan: Plan, L: Labels): SummaryBlock | null {
  const W = L.summary;
  const level = L.register.risks.level;
  const all = plan.risks ?? [];
  const rated = risksBySeverity(all).slice(0, 3);
  if (rated.length === 0) return null;
  const items = rated.map(({ risk }) =>
    W.risk(sentence(risk.risk).slice(0, -1), level[risk.likelihood], level[risk.impact], sentence(risk.mitigation), risk.owner, (risk.playbook ?? []).length > 0),
  );
  return { label: W.risks, sentences: [W.topRisks(rated.length, all.length)], items, itemsLabel: null };
}
