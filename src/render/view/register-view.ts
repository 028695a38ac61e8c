// Budget (per goal and per year), risks by severity with mitigation, owner and playbook, and
// partner communities with what each side gives and gets.
import type { Plan } from "../../plan/types.js";
import { budgetTotals, PER_YEAR } from "../../strategy/budget-totals.js";
import { goalsByPriority } from "../../strategy/goals-by-priority.js";
import { risksBySeverity } from "../../strategy/risks-by-severity.js";
import { formatList, formatShare } from "../format.js";
import { formatMoney } from "./money.js";
import type { BudgetView, PartnersView, RisksView } from "./strategy-view-model.js";
import type { Labels } from "../labels/index.js";



export function buildBudget(plan: Plan, L: Labels): BudgetView | null {
  const W = L.register.budget;
  const prizes = (plan.engagement?.contests ?? []).filter((c) => c.prizeValue !== undefined);
  if (!plan.budget && prizes.length === 0) return null;
  const totals = budgetTotals(plan);
  const money = (n: number) => formatMoney(n, totals.currency, L.locale.tag);
  const goalTitle = (id: string) => plan.goals.find((g) => g.id === id)?.title;
  const serves = (ids: readonly string[] | undefined) => formatList((ids ?? []).map(goalTitle).filter((t): t is string => t !== undefined), L.locale.tag) || W.noGoal;
  const items = (plan.budget?.items ?? []).map((item) => ({
    name: item.name,
    amount: W.amount(money(item.amount), W.per[item.per]),
    perYear: money(item.amount * PER_YEAR[item.per]),
    goals: serves(item.goals),
  }));
  for (const contest of prizes) {
    items.push({ name: W.prize(contest.title), amount: W.amount(money(contest.prizeValue!), W.per.once), perYear: money(contest.prizeValue!), goals: serves(contest.goals) });
  }
  const perGoal = goalsByPriority(plan.goals).map((g) => W.perGoal(g.title, money(totals.perGoal.get(g.id) ?? 0), formatShare(totals.perGoal.get(g.id) ?? 0, totals.perYear, L.locale.tag)));
  if (totals.unassigned > 0) perGoal.push(W.unassigned(money(totals.unassigned)));
  return { heading: W.heading, total: W.total(money(totals.perYear)), columns: W.columns, items, perGoalHeading: W.perGoalHeading, perGoal };
}

export function buildRisks(plan: Plan, L: Labels): RisksView | null {
  const W = L.register.risks;
  if (!plan.risks || plan.risks.length === 0) return null;
  return {
    heading: W.heading,
    intro: W.intro,
    labels: { mitigation: W.mitigation, owner: W.owner, playbook: W.playbook },
    items: risksBySeverity(plan.risks).map(({ risk, severity }) => ({
      risk: risk.risk,
      severity: W.severity(W.level[risk.likelihood], W.level[risk.impact], severity),
      mitigation: risk.mitigation,
      owner: risk.owner,
      playbook: risk.playbook ?? [],
      noPlaybook: risk.playbook && risk.playbook.length > 0 ? null : W.noPlaybook,
    })),
  };
}

export function buildPartners(plan: Plan, L: Labels): PartnersView | null {
  const W = L.register.partners;
  if (!plan.partners || plan.partners.length === 0) return null;
  return {
    heading: W.heading,
    columns: W.columns,
    items: plan.partners.map((p) => ({ name: p.name, kind: p.kind, gives: p.gives, gets: p.gets })),
  };
}
