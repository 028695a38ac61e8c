import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import github from "../../../src/outputs/lint/github.js";
import gitlab from "../../../src/outputs/lint/gitlab.js";
import junit from "../../../src/outputs/lint/junit.js";
import sarif from "../../../src/outputs/lint/sarif.js";
import { formatterNames } from "../../../src/outputs/lint/index.js";
import { rules } from "../../../src/rules/index.js";
import { repoRoot } from "../../helpers/run-cli.js";
import { context, sampleResults } from "./fixtures.js";

describe("formatters", () => {
  it("are chosen by name from one map", () => {
    expect(formatterNames).toEqual(["github", "gitlab", "json", "junit", "sarif", "stylish"]);
  });

  it("gitlab: Code Quality issues with line-free, distinct fingerprints", () => {
    const issues = JSON.parse(gitlab(sampleResults(), context)) as Array<{ description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }>;
    expect(issues.map(({ fingerprint, ...rest }) => [fingerprint.length, rest])).toEqual([
      [32, { description: 'The goal "engagement" has no target; add one under targets with `goal: engagement`.', check_name: "goal-has-target", severity: "major", location: { path: "plans/a plan, 100%.yaml", lines: { begin: 15 } } }],
      [32, { description: 'No goal has the id "engagment". Did you mean "engagement"?', check_name: "references-resolve", severity: "major", location: { path: "plans/a plan, 100%.yaml", lines: { begin: 34 } } }],
      [32, { description: "The review does not say how members are asked for feedback; add feedback methods such as a survey or poll.", check_name: "review-loop", severity: "minor", location: { path: "plans/a plan, 100%.yaml", lines: { begin: 56 } } }],
    ]);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    const moved = sampleResults();
    for (const d of moved[0]!.diagnostics) d.line += 10;
    expect(JSON.parse(gitlab(moved, context)).map((i: { fingerprint: string }) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
    const twice = sampleResults();
    twice[0]!.diagnostics.push({ ...twice[0]!.diagnostics[0]!, line: 99 });
    expect(new Set(JSON.parse(gitlab(twice, context)).map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(4);
    expect(gitlab(sampleResults().slice(1), context)).toBe("[]\n");
  });

  it("github: one workflow command per finding, properties and message escaped", () => {
    expect(github(sampleResults(), context)).toBe(
      [
        "::error file=plans/a plan%2C 100%25.yaml,line=15,col=9,endLine=15,endColumn=19,title=goal-has-target::The goal \"engagement\" has no target; add one under targets with `goal: engagement`.",
        "::error file=plans/a plan%2C 100%25.yaml,line=34,col=11,endLine=34,endColumn=20,title=references-resolve::No goal has the id \"engagment\". Did you mean \"engagement\"?",
        "::warning file=plans/a plan%2C 100%25.yaml,line=56,col=1,endLine=56,endColumn=7,title=review-loop::The review does not say how members are asked for feedback; add feedback methods such as a survey or poll.",
        "",
      ].join("\n"),
    );
  });

  it("github: nothing at all for clean files", () => {
    expect(github(sampleResults().slice(1), context)).toBe("");
  });

  it("junit: a suite per file, a failing case per finding, a passing case for a clean file", () => {
    const xml = junit(sampleResults(), context);
    expect(xml).toContain('<testsuites name="community-plan lint" tests="4" failures="3" errors="0">');
    expect(xml).toContain('<testsuite name="plans/a plan, 100%.yaml" tests="3" failures="3" errors="0">');
    expect(xml).toContain(
      '<failure type="error" message="No goal has the id &quot;engagment&quot;. Did you mean &quot;engagement&quot;?">',
    );
    expect(xml).toContain('<testsuite name="plans/clean.yaml" tests="1" failures="0" errors="0">\n    <testcase classname="plans/clean.yaml" name="plans/clean.yaml lint"/>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  });

  describe("sarif", () => {
    const log = JSON.parse(sarif(sampleResults(), context));

    it("validates against the SARIF 2.1.0 JSON schema", () => {
      // The OASIS schema (2.1.0-rtm.5) as shipped in @microsoft/jest-sarif (MIT). It is draft-04,
      // whose only keyword here that differs from draft-07 is `id`, so Ajv's default dialect
      // validates it once `id` becomes `$id`. One of its patterns is not valid with the u flag.
      const schemaPath = path.join(repoRoot, "tests/fixtures/sarif-2.1.0-rtm.5.schema.json");
      const { id, $schema: _dialect, ...schema } = JSON.parse(readFileSync(schemaPath, "utf8"));
      const validate = new Ajv({ strict: false, validateFormats: false, allErrors: true, unicodeRegExp: false }).compile({ $id: id, ...schema });
      const valid = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

    it("describes every rule in the driver, with its default level", () => {
      const driver = log.runs[0].tool.driver;
      expect(driver.name).toBe("community-plan");
      expect(driver.version).toBe("9.9.9");
      expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
      const capacity = driver.rules.find((r: { id: string }) => r.id === "team-capacity");
      expect(capacity.defaultConfiguration).toEqual({ level: "warning" });
      expect(capacity.shortDescription.text).toBe(rules.find((r) => r.id === "team-capacity")!.docs.description);
      expect(capacity.fullDescription.text).toContain("estimate");
      expect(capacity.help.markdown).toContain("```yaml");
    });

    it("gives each result its rule, level and a relative, encoded location", () => {
      expect(log.runs[0].results[1]).toEqual({
        ruleId: "references-resolve",
        ruleIndex: rules.findIndex((r) => r.id === "references-resolve"),
        level: "error",
        message: { text: 'No goal has the id "engagment". Did you mean "engagement"?' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: "plans/a%20plan%2C%20100%25.yaml" },
              region: { startLine: 34, startColumn: 11, endLine: 34, endColumn: 20 },
            },
          },
        ],
      });
      expect(log.runs[0].results).toHaveLength(3);
    });

    it("uses a file: URI for a file outside the working directory", () => {
      const [result] = sampleResults();
      const outside = sarif([{ ...result!, file: "/elsewhere/plan.yaml" }], context);
      expect(JSON.parse(outside).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("file:///elsewhere/plan.yaml");
    });
  });
});
