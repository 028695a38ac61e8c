// Targets: for each goal, a metric from the catalogue (or one's own) with its unit and the
// direction that counts as better, a baseline, a value or relative change, and a deadline that
// defaults to the end of next quarter.
import type { Community, Goal, Horizon, Target } from "../../plan/types.js";
import { endOfQuarter } from "../../time/quarters.js";
import { selectQuestion, textQuestion } from "../builders.js";
import { goalCatalogue } from "../catalogues/goals.js";
import { catalogueFamily, metricById, metricCatalogue, VANITY_FAMILIES, type MetricTemplate } from "../catalogues/metrics.js";
import { uniqueId } from "../../util/slug.js";
import type { Ask, FlowContext } from "../question.js";
import { futureDate, number, optionalText, text } from "../validators.js";
import { targetValue } from "./target-value.js";

const CUSTOM = "custom";

export async function askTargets(ask: Ask, goals: Goal[], horizon: Horizon, context: FlowContext, kind: Community["kind"]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const [i, goal] of goals.entries()) {
    const metric = await askMetric(ask, goal, i, kind);
    const key = (field: string) => `targets[${i}].${field}`;
    const baseline = await ask(
      textQuestion({ key: key("baseline"), message: `Where is "${metric.label}" today, in ${metric.unit}? (the baseline)`, default: metric.baseline, parse: (raw) => number(raw, "the baseline") }),
    );
    const value = await ask(
      textQuestion({
        key: key("target"),
        message: `What should it ${metric.direction === "increase" ? "rise" : "fall"} to? A value, or a change like ${metric.direction === "increase" ? "+15%" : "-10%"}`,
        default: defaultTarget(metric, baseline),
        parse: (raw) => targetValue(raw, baseline, metric.direction),
        show: (parsed) => ("target" in parsed ? String(parsed.target) : parsed.change),
      }),
    );
    const deadline = await ask(
      textQuestion({
        key: key("deadline"),
        message: "By when? (YYYY-MM-DD)",
        default: endOfQuarter(context.today, 1),
        parse: (raw) => futureDate(raw, context.today, horizon.end),
      }),
    );
    targets.push({
      id: uniqueId(metric.id, targets.map((target) => target.id)),
      goal: goal.id,
      metric: metric.id,
      description: metric.label,
      baseline,
      ...value,
      direction: metric.direction,
      unit: metric.unit,
      deadline,
      ...(metric.dataSource ? { dataSource: metric.dataSource } : {}),
    });
  }
  return targets;
}

/** The catalogue's target when it still fits the baseline the person gave, else a modest change. */
function defaultTarget(metric: MetricTemplate, baseline: number) {
  for (const candidate of [metric.target ?? "", metric.direction === "increase" ? "+15%" : "-10%", String(baseline + 1)]) {
    const parsed = targetValue(candidate, baseline, metric.direction);
    if (parsed.ok) return parsed.value;
  }
  return undefined;
}

/** "measures engagement", or a nudge for size and reach, which alone say little. */
function familyNote(metric: MetricTemplate): string {
  const family = catalogueFamily(metric);
  return VANITY_FAMILIES.has(family) ? `counts ${family}: pair it with a target on what members do` : `measures ${family}`;
}

async function askMetric(ask: Ask, goal: Goal, i: number, kind: Community["kind"]): Promise<MetricTemplate> {
  const suggested = goalCatalogue.find((template) => template.category === goal.category)?.metrics ?? [];
  const ordered = [...suggested.map((id) => metricById.get(id)!), ...metricCatalogue.filter((metric) => !suggested.includes(metric.id))];
  const id = await ask(
    selectQuestion<string>({
      key: `targets[${i}].metric`,
      message: `How will you measure "${goal.title}"?`,
      what: "a metric",
      default: ordered[0]!.id,
      // One's own metric first, set apart by a line, so it is seen without scrolling past the catalogue.
      choices: [
        { value: CUSTOM, name: "Another metric of my own", description: "Name what you count, its unit and which way is better." },
        ...ordered.map((metric, n) => ({
          value: metric.id,
          name: `${labelFor(metric, kind)} (${metric.unit})`,
          description: `${metric.direction === "increase" ? "Higher" : "Lower"} is better; ${familyNote(metric)}`,
          ...(n === 0 ? { separatorBefore: true } : {}),
        })),
      ],
    }),
  );
  if (id !== CUSTOM) {
    const metric = metricById.get(id)!;
    return { ...metric, label: labelFor(metric, kind) };
  }
  const key = (field: string) => `targets[${i}].${field}`;
  const label = await ask(textQuestion({ key: key("metricName"), message: "What do you measure?", default: undefined, parse: (raw) => text(raw, "the metric") }));
  const unit = await ask(textQuestion({ key: key("unit"), message: "In which unit? (e.g. members, %, hours)", default: undefined, parse: (raw) => text(raw, "the unit") }));
  const direction = await ask(
    selectQuestion<"increase" | "decrease">({
      key: key("direction"),
      message: "Which way is better?",
      what: "a direction",
      default: "increase",
      choices: [
        { value: "increase", name: "Higher is better" },
        { value: "decrease", name: "Lower is better" },
      ],
    }),
  );
  const dataSource = await ask(textQuestion({ key: key("dataSource"), message: "Where does the number come from? (optional)", default: "", parse: optionalText }));
  return { id: uniqueId(label, []), label, unit, direction, dataSource };
}

function labelFor(metric: MetricTemplate, kind: Community["kind"]): string {
  return kind === "member-started" && metric.clubLabel ? metric.clubLabel : metric.label;
}
