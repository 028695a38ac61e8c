import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/setup-labels.ts"],
    // CLI tests spawn the built binary; give a loaded 2-core CI machine some slack.
    testTimeout: 20_000,
    // .ci/run asks for the JSON report that feeds its "N passed, M failed" line, with or without CI.
    reporters: process.env.CI_JSON_REPORT ? ["default", ["json", { outputFile: process.env.CI_JSON_REPORT }]] : ["default"],
  },
});
