import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // CLI tests spawn the built binary; give a loaded 2-core CI machine some slack.
    testTimeout: 20_000,
    // In CI the JSON report feeds the "N passed, M failed" line that .ci/run prints.
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".ci/report.json" }]] : ["default"],
  },
});
