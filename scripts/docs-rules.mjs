#!/usr/bin/env node
// Writes the README's rules table from the rules' own metadata (run after a build:
// `npm run docs:rules`). A test fails when the README is out of date.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withRulesTable } from "../dist/lint/rule-docs.js";
import { rules } from "../dist/rules/index.js";

const readmePath = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "README.md");
const readme = fs.readFileSync(readmePath, "utf8");
const updated = withRulesTable(readme, rules);
if (updated === undefined) {
  console.error("docs:rules: README.md has no rules-table markers");
  process.exit(1);
}
if (updated !== readme) {
  const temp = `${readmePath}.tmp`;
  fs.writeFileSync(temp, updated);
  fs.renameSync(temp, readmePath);
}
console.log(`docs:rules: ${rules.length} rules in README.md`);
