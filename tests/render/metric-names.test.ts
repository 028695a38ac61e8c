// Metric and qualitative-signal names: a well-known id is named in the document's language, an id
// the plan author made up is theirs and shown as written (humanised).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { metricCatalogue } from "../../src/prompts/catalogues/metrics.js";
import { CATALOGUE_FAMILIES } from "../../src/strategy/metric-families.js";
import { labelsFor } from "../../src/render/labels/index.js";
import { inSentence } from "../../src/render/labels/in-sentence.js";
import { feedbackName, metricName } from "../../src/render/view/enum-labels.js";
import { exampleFiles } from "../helpers/plans.js";
import { repoRoot } from "../helpers/run-cli.js";
import { planFromFile } from "./render-helpers.js";
import { reviewMetricNames } from "../../src/plan/watched-metrics.js";

const nl = labelsFor("nl");
const de = labelsFor("de");
const ja = labelsFor("ja");

describe("metricName", () => {
  it("names a well-known metric or signal in the document's language", () => {
    expect(metricName(nl, "monthly-active-members")).toBe("Maandelijks actieve leden");
    expect(metricName(de, "response-time-hours")).toBe("Antwortzeit");
    expect(metricName(ja, "comments-per-post")).toBe("投稿あたりのコメント数");
    expect(metricName(nl, "member-feedback")).toBe("Feedback van leden");
    expect(metricName(de, "product-reviews")).toBe("Produktbewertungen");
    expect(metricName(ja, "sentiment")).toBe("コミュニティの雰囲気");
  });

  it("knows an id however the plan capitalises or pads it", () => {
    expect(metricName(nl, " Monthly-Active-Members ")).toBe("Maandelijks actieve leden");
  });

  it("shows an id nobody knows as the plan wrote it, humanised, in every language", () => {
    expect(metricName(nl, "rides-logged")).toBe("Rides logged");
    expect(metricName(ja, "rides_logged")).toBe("Rides logged");
    expect(metricName(de, "constructor")).toBe("Constructor");
  });
});

describe("feedbackName", () => {
  it("names a well-known way of asking members in the document's language, another as written", () => {
    expect(feedbackName(nl, "survey")).toBe("Enquête");
    expect(feedbackName(de, "feedback-thread")).toBe("Feedback-Thread");
    expect(feedbackName(ja, "poll")).toBe("投票");
    expect(feedbackName(nl, "ride-along-chats")).toBe("Ride along chats");
  });

  it("knows every way of asking the examples use", () => {
    const used = exampleFiles().flatMap((file) => (planFromFile(file).review?.feedback ?? []).map((id) => `${path.basename(file)}: ${id}`));
    // The three examples ask members in four ways between them: a parse that found none would prove nothing.
    expect(used.length).toBeGreaterThanOrEqual(9);
    for (const use of used) expect(Object.keys(labelsFor("en").feedbackMethods), use).toContain(use.split(": ")[1]);
  });
});

describe("the well-known ids", () => {
  const known = Object.keys(labelsFor("en").metricNames);

  it("include every metric the wizard offers and every metric family the vanity rule knows by id", () => {
    const ids = [...metricCatalogue.map((m) => m.id), ...Object.keys(CATALOGUE_FAMILIES)];
    expect(ids.filter((id) => !known.includes(id))).toEqual([]);
  });

  it("include the schema's metric examples and the metrics and signals the examples use", () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, "schemas/community-plan.schema.json"), "utf8"));
    const fromSchema: string[] = [
      ...schema.$defs.target.properties.metric.examples,
      ...schema.$defs.review.properties.metrics.examples.flat(),
      ...schema.$defs.review.properties.qualitativeSignals.examples.flat(),
    ];
    // Parsed, not matched line by line: a block list (dev-community's review.metrics) counts too.
    const fromExamples = exampleFiles().flatMap((file) => {
      const plan = planFromFile(file);
      return [...plan.targets.map((t) => t.metric), ...reviewMetricNames(plan), ...(plan.review?.qualitativeSignals ?? [])];
    });
    expect(fromExamples.length).toBeGreaterThan(20);
    expect([...new Set([...fromSchema, ...fromExamples])].filter((id) => !known.includes(id))).toEqual([]);
  });

  it("are ids as plans write them: lower case, words joined by hyphens", () => {
    expect(known.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });
});

describe("a name inside a sentence", () => {
  it("loses only its first capital, and keeps an abbreviation's", () => {
    expect(inSentence("Maandelijks actieve leden")).toBe("maandelijks actieve leden");
    expect(inSentence("Leden op Discord")).toBe("leden op Discord");
    expect(inSentence("NPS-score")).toBe("NPS-score");
    expect(nl.summary.headline("NPS-score", "20 → 30")).toBe("NPS-score 20 → 30");
  });
});
