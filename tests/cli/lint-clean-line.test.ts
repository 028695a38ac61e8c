import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import type { Io } from "../../src/io/streams.js";
import { minimalPlan } from "../helpers/plans.js";
import { runCli } from "../helpers/run-cli.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "community-plan-clean-"));
  writeFileSync(path.join(dir, "a.yaml"), minimalPlan);
  writeFileSync(path.join(dir, "b.yaml"), minimalPlan);
  writeFileSync(path.join(dir, "warn.yaml"), minimalPlan.replace("languages: [en]", "languages: [EN]"));
});

async function lintAtTerminal(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string }> {
  let stdout = "";
  const io: Io = { stdout: { write: (t: string) => (stdout += t), isTTY: true, columns: 80 }, stderr: { write: () => true }, env: { NO_COLOR: "1", ...env }, cwd: dir };
  const code = await main(["node", "community-plan", "lint", ...args, "--today", "2026-11-24"], io);
  return { code, stdout };
}

describe("a clean lint at a terminal says so in one line", () => {
  it("counts the plans", async () => {
    expect(await lintAtTerminal(["a.yaml", "b.yaml"])).toEqual({ code: 0, stdout: "✔ 2 plans, no problems\n" });
    expect(await lintAtTerminal(["a.yaml"])).toEqual({ code: 0, stdout: "✔ 1 plan, no problems\n" });
  });

  it("stays silent in CI, for other formats, and when --quiet hides warnings", async () => {
    expect(await lintAtTerminal(["a.yaml"], { CI: "true" })).toEqual({ code: 0, stdout: "" });
    expect((await lintAtTerminal(["a.yaml", "--format", "json"])).stdout).toBe('[\n  {\n    "file": "a.yaml",\n    "diagnostics": []\n  }\n]\n');
    expect(await lintAtTerminal(["warn.yaml", "--quiet"])).toEqual({ code: 0, stdout: "" });
  });

  it("stays silent when piped", () => {
    expect(runCli(["lint", "a.yaml", "--today", "2026-11-24"], { cwd: dir, env: { CI: "" } })).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
