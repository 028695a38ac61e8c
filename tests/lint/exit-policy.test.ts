import { describe, expect, it } from "vitest";
import { decideExit } from "../../src/lint/exit-policy.js";

describe("decideExit", () => {
  const cases: Array<[string, { errors: number; warnings: number }, Parameters<typeof decideExit>[1], number]> = [
    ["clean", { errors: 0, warnings: 0 }, { failOn: "error" }, 0],
    ["warnings pass by default", { errors: 0, warnings: 3 }, { failOn: "error" }, 0],
    ["errors fail", { errors: 1, warnings: 0 }, { failOn: "error" }, 1],
    ["--fail-on warning fails on one warning", { errors: 0, warnings: 1 }, { failOn: "warning" }, 1],
    ["--max-warnings 3 allows three", { errors: 0, warnings: 3 }, { failOn: "error", maxWarnings: 3 }, 0],
    ["--max-warnings 3 fails on four", { errors: 0, warnings: 4 }, { failOn: "error", maxWarnings: 3 }, 1],
    ["--max-warnings 0 fails on one", { errors: 0, warnings: 1 }, { failOn: "error", maxWarnings: 0 }, 1],
  ];
  for (const [name, counts, policy, code] of cases) {
    it(name, () => { expect(decideExit(counts, policy).code).toBe(code); });
  }

  it("says why a run with only warnings failed", () => {
    expect(decideExit({ errors: 0, warnings: 4 }, { failOn: "error", maxWarnings: 3 }).reason).toBe("4 warnings, more than --max-warnings 3");
  });
});
