// The target answer: a value ("50") or a relative change ("+15%", "-10%"), checked against the
// baseline and the direction that counts as better for the metric.
import { fail, ok, type Parsed } from "../question.js";

export type TargetValue = { target: number } | { change: string };

export function targetValue(raw: unknown, baseline: number, direction: "increase" | "decrease"): Parsed<TargetValue> {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim().replace(/\s+/g, "") : "";
  const change = /^([+-])(\d+(?:\.\d+)?)%$/.exec(text);
  if (change) {
    const amount = Number(change[2]);
    if (amount === 0) return fail("A change of 0% keeps the baseline; aim for a real change, such as +15%.");
    const sign = change[1] === "+" ? "increase" : "decrease";
    if (sign !== direction) return fail(`This metric should ${direction}; write the change as ${direction === "increase" ? "+" : "-"}${change[2]}%.`);
    if (baseline === 0) return fail("A relative change from a baseline of 0 stays 0; give the value to reach instead.");
    if (direction === "decrease" && amount >= 100) return fail("A decrease of 100% or more goes below zero; give a smaller change.");
    return ok({ change: `${change[1]}${change[2]}%` });
  }
  if (!/^\d+(\.\d+)?$/.test(text)) return fail("Give the value to reach (e.g. 50) or a change from the baseline (e.g. +15% or -10%).");
  const target = Number(text);
  if (target === baseline) return fail(`The target must differ from the baseline (${baseline}).`);
  if (direction === "increase" && target < baseline) return fail(`This metric should increase; give a value above the baseline (${baseline}).`);
  if (direction === "decrease" && target > baseline) return fail(`This metric should decrease; give a value below the baseline (${baseline}).`);
  return ok({ target });
}
