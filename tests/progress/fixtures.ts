import type { Target } from "../../src/plan/types.js";
import { computeTargetProgress } from "../../src/progress/compute-target.js";
import type { TargetProgress } from "../../src/progress/types.js";

const horizon = { start: "2027-01-01", end: "2027-12-31" };
const monthly = (values: number[]) =>
  values.map((value, i) => ({ date: ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"][i]!, value }));

const answers: Target = {
  id: "peer-answers",
  goal: "support",
  metric: "peer-answer-rate",
  baseline: 35,
  target: 50,
  unit: "%",
  deadline: "2027-06-30",
};
const response: Target = {
  id: "first-response",
  goal: "support",
  metric: "response-time-hours",
  baseline: 30,
  target: 12,
  direction: "decrease",
  unit: "hours",
  deadline: "2027-06-30",
};
const members: Target = {
  id: "members",
  goal: "growth",
  metric: "members",
  baseline: 400,
  change: "+25%",
  deadline: "2027-12-31",
};

/** Targets with known numbers for the chart and format goldens, measured on 2027-05-01. */
export const TODAY = "2027-05-01";
export const increasing: TargetProgress = computeTargetProgress(answers, monthly([37, 40, 42.5, 45]), {
  today: TODAY,
  horizon,
});
export const decreasing: TargetProgress = computeTargetProgress(response, monthly([27, 25, 24, 23.5]), {
  today: TODAY,
  horizon,
});
export const noData: TargetProgress = computeTargetProgress(members, [], { today: TODAY, horizon });
