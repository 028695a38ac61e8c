// The tests make hundreds of scratch folders (plans, exports, rendered documents) and most leave
// them behind; a developer's /tmp filled with thousands. Every scratch file of a run, the spawned
// CLIs' included, goes under one folder made here and removed when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), "community-plan-tests-"));
  // os.tmpdir() reads TMPDIR on every call, and the test workers are started after this runs.
  process.env.TMPDIR = dir;
  return () => {
    rmSync(dir, { recursive: true, force: true });
  };
}
