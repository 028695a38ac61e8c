// Loaded with `node --require` by the benchmark's memory runs: appends this process's peak RSS
// (KiB) to the file the benchmark names, one line per Node process, when the process exits.
const { appendFileSync } = require("node:fs");

const file = process.env.COMMUNITY_PLAN_BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    try {
      appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // A process that cannot report is left out; the benchmark shows "–" when none could.
    }
  });
}
