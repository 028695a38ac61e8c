// Strict mode cannot see `{{#if descripton}}` (a typo inside a block helper's argument): it is
// just false. This test renders every default template against every example with a context
// that records each lookup of a key the view model does not have.
// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { describe, expect, it } from "vitest";
import { createEnvironment } from "../../src/render/environment.js";
import { Trusted } from "../../src/render/escape.js";
import { buildGuidelinesView } from "../../src/render/view/guidelines-view.js";
import { guidelineLanguages } from "../../src/render/view/localized.js";
import { buildStrategyView } from "../../src/render/view/strategy-view.js";
import { exampleFiles, TODAY } from "../helpers/plans.js";
import { labelsFor } from "../../src/render/labels/index.js";
import { multilingualPlanFile, planFromFile } from "./render-helpers.js";

/** Wraps objects so that asking whether they own a key they lack is recorded as a miss. */
function watch(value: unknown, where: string, misses: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((item, i) => watch(item, `${where}[${i}]`, misses));
  if (value === null || typeof value !== "object" || value instanceof Trusted) return value;
  const target = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, watch(v, `${where}.${k}`, misses)]));
  const record = (key: string | symbol) => {
    if (typeof key === "string" && !Object.hasOwn(target, key)) misses.add(`${where}.${key}`);
  };
  return new Proxy(target, {
    get(t, key, receiver) {
      record(key);
      return Reflect.get(t, key, receiver);
    },
    getOwnPropertyDescriptor(t, key) {
      record(key);
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
}

// Keys Handlebars itself probes on any object it prints or iterates.
const internal = /\.(toHTML|then|length|constructor|__proto__|__defineGetter__|__lookupGetter__|valueOf|toString|toJSON)$/;

describe.each([...exampleFiles(), multilingualPlanFile])("default templates only use fields the view model has (%s)", (file) => {
  const plan = planFromFile(file);
  it.each(["md", "html"] as const)("%s", (format) => {
    const misses = new Set<string>();
    const env = createEnvironment(format, undefined, { prepare: (context) => watch(context, "", misses) });
    env.render("strategy", buildStrategyView(plan, TODAY, labelsFor("en")), { lang: "en" });
    for (const lang of guidelineLanguages(plan)) env.render("guidelines", buildGuidelinesView(plan, lang, TODAY), { lang });
    expect([...misses].filter((miss) => !internal.test(miss))).toEqual([]);
  });
});

describe("the lookup watcher", () => {
  it("catches a typo inside {{#if}} that strict mode lets through", () => {
    const misses = new Set<string>();
    const context = watch({ description: "x" }, "", misses) as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(context, "descripton")).toBe(false);
    expect([...misses]).toEqual([".descripton"]);
  });
});
