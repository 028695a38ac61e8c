import type { PlanPath } from "../core/finding.js";
import type { Plan } from "../plan/types.js";

export interface Located<T> {
  path: PlanPath;
  value: T;
}

/** Every time zone named in the plan. */
export function timeZoneFields(plan: Plan): Located<string>[] {
  const out: Located<string>[] = [{ path: ["community", "timeZone"], value: plan.community.timeZone }];
  plan.personas.forEach((p, i) => { p.timeZones.forEach((value, j) => out.push({ path: ["personas", i, "timeZones", j], value })); });
  for (const section of ["series", "events"] as const) {
    plan.content?.[section]?.forEach((item, i) => {
      if (item.timeZone !== undefined) out.push({ path: ["content", section, i, "timeZone"], value: item.timeZone });
    });
  }
  plan.moderation?.moderators.forEach((m, i) => out.push({ path: ["moderation", "moderators", i, "timeZone"], value: m.timeZone }));
  return out;
}

/** Every list of language tags in the plan, tag by tag. */
export function languageFields(plan: Plan): Located<string>[] {
  const out: Located<string>[] = [];
  const list = (tags: readonly string[] | undefined, path: PlanPath) => tags?.forEach((value, j) => out.push({ path: [...path, j], value }));
  list(plan.community.languages, ["community", "languages"]);
  plan.personas.forEach((p, i) => list(p.languages, ["personas", i, "languages"]));
  plan.channels.forEach((c, i) => list(c.languages, ["channels", i, "languages"]));
  for (const section of ["series", "events"] as const) {
    plan.content?.[section]?.forEach((item, i) => list(item.languages, ["content", section, i, "languages"]));
  }
  plan.moderation?.moderators.forEach((m, i) => list(m.languages, ["moderation", "moderators", i, "languages"]));
  return out;
}
