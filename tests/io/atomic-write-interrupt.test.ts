// The interrupt handler removes the temporary files the writer lists, then exits the process at
// once; a temporary file that appears after it ran (an open() still in the thread pool) is left
// behind for good. So whatever the writer has started when the handler's cleanup runs must end
// with that cleanup: here it runs the instant a write has been started, and the write may then
// neither land nor leave any file. The thread pool is kept busy meanwhile, as on a loaded machine:
// an asynchronous open then waited there, its file appeared after the cleanup, and the write went
// on to replace the target.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { pbkdf2 } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/io/atomic-write.js";
import { removePendingTempFiles } from "../../src/io/interrupt.js";

describe("the writer and the interrupt handler", () => {
  it.each([true, false])("nothing of a write started before the cleanup appears after it (overwrite: %s)", async (overwrite) => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-interrupt-"));
    const target = path.join(dir, "out.html");
    if (overwrite) writeFileSync(target, "old\n");
    // More slow jobs than the pool has threads (4 unless UV_THREADPOOL_SIZE says otherwise).
    const busy = Array.from({ length: 16 }, () => new Promise((resolve) => { pbkdf2("x", "y", 20_000, 32, "sha256", resolve); }));
    // Settled into a value at once, so its rejection is never unhandled while the pool is busy.
    const outcome = writeFileAtomic(target, "new\n".repeat(100_000), { overwrite }).then(() => "landed", (error: unknown) => error);
    removePendingTempFiles();
    await Promise.all(busy);
    expect(await outcome).toMatchObject({ code: "E_WRITE" });
    // Give any operation still in the thread pool time to land.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir)).toEqual(overwrite ? ["out.html"] : []);
    if (overwrite) expect(readFileSync(target, "utf8")).toBe("old\n");
  });
});
