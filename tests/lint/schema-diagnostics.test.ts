import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";

interface Expected {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
  message?: string;
  path?: string;
}

async function lint(text: string) {
  return (await lintText(text, "plan.yaml", { today: TODAY })).diagnostics;
}

function pick(d: Expected & Record<string, unknown>, keys: (keyof Expected)[]) {
  return Object.fromEntries(keys.map((k) => [k, d[k]]));
}

const cases: { name: string; edit: (plan: string) => string; expected: Expected[] }[] = [
  {
    name: "unknown key is reported at the key, with a suggestion",
    edit: (p) => p.replace("    deadline: 2027-03-31", "    deadlin: 2027-03-31"),
    expected: [
      { ruleId: "schema", messageId: "unknownKey", line: 39, column: 5, message: 'Unknown key "deadlin" in targets[0]. Did you mean "deadline"?', path: "/targets/0/deadlin" },
    ],
  },
  {
    name: "missing property is reported at the parent's key",
    edit: (p) => p.replace("  timeZone: Europe/Amsterdam\n  languages: [en]\n  team:", "  languages: [en]\n  team:"),
    expected: [{ ruleId: "schema", messageId: "missingKey", line: 2, column: 1, message: 'community is missing "timeZone".', path: "/community" }],
  },
  {
    name: "missing property in a list item is reported at the item",
    edit: (p) => p.replace("    metric: comments-per-post\n", ""),
    expected: [{ ruleId: "schema", messageId: "missingKey", line: 33, column: 5, path: "/targets/0" }],
  },
  {
    name: "a bad date is reported at the value in words a person understands",
    edit: (p) => p.replace("deadline: 2027-03-31", "deadline: 31/03/2027"),
    expected: [
      { ruleId: "schema", messageId: "badFormat", line: 39, column: 15, message: "targets[0].deadline must be a date like 2027-03-31.", path: "/targets/0/deadline" },
    ],
  },
  {
    name: "a wrong type is reported at the value",
    edit: (p) => p.replace("baseline: 2", "baseline: two"),
    expected: [{ ruleId: "schema", messageId: "wrongType", line: 36, column: 15, message: "targets[0].baseline must be a number." }],
  },
  {
    name: "an enum value gets the allowed list and the closest one",
    edit: (p) => p.replace("kind: forum", "kind: forums"),
    expected: [{ ruleId: "schema", messageId: "notInList", line: 29, column: 11 }],
  },
  {
    name: "a number where the list holds text: the list alone, not also a type error",
    edit: (p) => p.replace("kind: forum", "kind: 5"),
    expected: [{ ruleId: "schema", messageId: "notInList", line: 29, column: 11 }],
  },
  {
    name: "text-or-map values collapse to one message",
    edit: (p) => p.replace("title: Be kind", "title: [Be kind]"),
    expected: [
      { ruleId: "schema", messageId: "localizedText", line: 43, column: 14, message: "guidelines.rules[0].title must be text, or a map from language tag to text." },
    ],
  },
  {
    name: "a target with both a value and a change",
    edit: (p) => p.replace('    change: "+15%"', '    target: 3\n    change: "+15%"'),
    expected: [{ ruleId: "schema", messageId: "targetOrChange", line: 38, column: 5 }],
  },
  {
    name: "a monthly cadence without a day",
    edit: (p) =>
      p.replace(
        "guidelines:",
        'content:\n  series:\n    - id: digest\n      title: Digest\n      channel: forum\n      format: newsletter\n      cadence: { every: month }\n      localTime: "09:00"\nguidelines:',
      ),
    expected: [{ ruleId: "schema", messageId: "monthlyCadence", line: 46, column: 16 }],
  },
  {
    name: "a duplicate list item is reported at the second one",
    edit: (p) => p.replace("languages: [en]\n  team:", "languages: [en, en]\n  team:"),
    expected: [{ ruleId: "schema", messageId: "duplicateItem", line: 7, column: 19, path: "/community/languages/1" }],
  },
  {
    name: "version must be 1",
    edit: (p) => p.replace("version: 1", "version: 2"),
    expected: [{ ruleId: "schema", messageId: "exactValue", line: 1, column: 10 }],
  },
  {
    name: "a language key in a translation map is checked",
    edit: (p) => p.replace("title: Be kind", "title: { en: Be kind, 'english!': Be kind }"),
    expected: [{ ruleId: "schema", messageId: "badFormat", line: 43, column: 29, path: "/guidelines/rules/0/title/english!" }],
  },
  {
    name: "a syntax error reports the first parse error only",
    edit: (p) => p.replace("title: Be kind", "title: [Be kind"),
    expected: [{ ruleId: "yaml-syntax", messageId: "syntax", line: 44, column: 3 }],
  },
  {
    name: "duplicate keys are reported at the repeated key",
    edit: (p) => p.replace("  name: Test community\n", "  name: Test community\n  name: Other\n"),
    expected: [{ ruleId: "duplicate-key", messageId: "duplicate", line: 4, column: 3, message: 'The key "name" appears more than once here; only one value can count.' }],
  },
  {
    name: "custom tags are refused",
    edit: (p) => p.replace("purpose: A plan for tests.", "purpose: !!js/function 'return 1'"),
    expected: [{ ruleId: "yaml-syntax", messageId: "tag", line: 4, column: 12 }],
  },
  {
    name: "__proto__ and constructor keys are unknown keys, and pollute nothing",
    edit: (p) => p.replace("version: 1\n", "version: 1\n__proto__: { polluted: yes }\nconstructor: { polluted: yes }\n"),
    expected: [
      { ruleId: "schema", messageId: "unknownKey", line: 2, column: 1 },
      { ruleId: "schema", messageId: "unknownKey", line: 3, column: 1 },
    ],
  },
  {
    name: "CRLF line endings keep positions right",
    edit: (p) => p.replace("deadline: 2027-03-31", "deadline: 2027-3-31").replace(/\n/g, "\r\n"),
    expected: [{ ruleId: "schema", messageId: "badFormat", line: 39, column: 15 }],
  },
];

describe("schema and YAML diagnostics", () => {
  it("the minimal plan is clean", async () => {
    expect(await lint(minimalPlan)).toEqual([]);
  });

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const diagnostics = await lint(testCase.edit(minimalPlan));
      const keys = ["ruleId", "messageId", "line", "column"] as (keyof Expected)[];
      expect(diagnostics.map((d) => pick(d as never, keys))).toEqual(testCase.expected.map((e) => pick(e as never, keys)));
      testCase.expected.forEach((expected, i) => {
        if (expected.message) expect(diagnostics[i]!.message).toBe(expected.message);
        if (expected.path !== undefined) expect(diagnostics[i]!.path).toBe(expected.path);
      });
    });
  }

  it("does not pollute Object.prototype", async () => {
    await lint(minimalPlan.replace("version: 1\n", "version: 1\n__proto__: { polluted: yes }\n"));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("caps a flood of schema errors and says how many were left out", async () => {
    const many = Array.from({ length: 150 }, (_, i) => `  - { id: g${i}, title: Goal, category: nope }`).join("\n");
    const diagnostics = await lint(minimalPlan.replace(/goals:\n(.*\n){3}/, `goals:\n${many}\n`));
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics.at(-1)).toMatchObject({ messageId: "truncated", severity: "warning", message: "50 more schema problems are not shown; fix these first." });
  });
});
