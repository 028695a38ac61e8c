// Re-exporting an edited plan over the earlier ICS file: same UIDs, SEQUENCE raised only for the
// items that changed, so a calendar app updates them (RFC 5545 §3.8.7.4) instead of duplicating.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const EXAMPLE = readFileSync(path.join(import.meta.dirname, "../../examples/dev-community.yaml"), "utf8");

/** UID → the stamps of its first component (the series' master). */
function stamps(text: string): Map<string, { sequence: string; lastModified: string | null }> {
  const unfolded = text.replace(/\r\n /g, "");
  const result = new Map<string, { sequence: string; lastModified: string | null }>();
  for (const block of unfolded.split("BEGIN:VEVENT\r\n").slice(1)) {
    const uid = /^UID:(.*)\r$/m.exec(block)![1]!;
    if (result.has(uid)) continue;
    result.set(uid, { sequence: /^SEQUENCE:(\d+)\r$/m.exec(block)![1]!, lastModified: /^LAST-MODIFIED:(.*)\r$/m.exec(block)?.[1] ?? null });
  }
  return result;
}

describe("calendar --format ics --output over an earlier export", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cp-sequence-"));
  const planFile = path.join(dir, "plan.yaml");
  const out = path.join(dir, "community.ics");
  const run = (today: string) => runCli(["calendar", planFile, "--format", "ics", "--output", out, "--today", today]);

  it("starts at SEQUENCE:0, keeps the bytes when nothing changed, and raises only what changed", () => {
    writeFileSync(planFile, EXAMPLE);
    expect(run("2026-11-24")).toMatchObject({ code: 0, stderr: "" });
    const first = readFileSync(out, "utf8");
    const before = stamps(first);
    expect([...before.values()].every((s) => s.sequence === "0" && s.lastModified === null)).toBe(true);
    expect(run("2026-11-24").code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(first);

    writeFileSync(planFile, EXAMPLE.replace("title: Maintainer office hours", "title: Maintainer office hours (new room)"));
    expect(run("2026-12-01").code).toBe(0);
    const after = stamps(readFileSync(out, "utf8"));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [uid, stamp] of after) {
      expect(stamp).toEqual(uid.startsWith("series-office-hours@") ? { sequence: "1", lastModified: "20261201T000000Z" } : { sequence: "0", lastModified: null });
    }

    writeFileSync(planFile, EXAMPLE.replace("title: Maintainer office hours", "title: Office hours"));
    expect(run("2026-12-08").code).toBe(0);
    expect(stamps(readFileSync(out, "utf8")).get("series-office-hours@lattice-builders.community-plan")).toEqual({ sequence: "2", lastModified: "20261208T000000Z" });
    // A later run with no change keeps SEQUENCE and LAST-MODIFIED as they were.
    expect(run("2026-12-09").code).toBe(0);
    expect(stamps(readFileSync(out, "utf8")).get("series-office-hours@lattice-builders.community-plan")).toEqual({ sequence: "2", lastModified: "20261208T000000Z" });
  });

  it("treats a file that is not a calendar as no earlier export, and still refuses the plan itself", () => {
    writeFileSync(planFile, EXAMPLE);
    const notes = path.join(dir, "notes.txt");
    writeFileSync(notes, "my notes\n");
    expect(runCli(["calendar", planFile, "--format", "ics", "--output", notes, "--today", "2026-11-24"])).toMatchObject({ code: 0, stderr: "" });
    expect([...stamps(readFileSync(notes, "utf8")).values()].every((s) => s.sequence === "0")).toBe(true);
    const refused = runCli(["calendar", planFile, "--format", "ics", "--output", planFile, "--today", "2026-11-24"]);
    expect(refused.code).toBe(2);
    expect(readFileSync(planFile, "utf8")).toBe(EXAMPLE);
  });
});
