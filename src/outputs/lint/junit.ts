import { relativePath } from "./relative-path.js";
import type { Formatter } from "./types.js";

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Control characters other than tab and newline are not allowed in XML 1.0 at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/**
 * JUnit XML for CI systems that show test reports: one suite per plan file, one failing test
 * case per finding, and one passing case for a clean file so it still shows up.
 */
const junit: Formatter = (results, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = escapeXml(relativePath(result.file, context.cwd));
    const cases = result.diagnostics.map((d) => {
      const where = `${file}:${d.line}:${d.column}`;
      return [
        `    <testcase classname="${file}" name="${where} ${escapeXml(d.ruleId)}">`,
        `      <failure type="${d.severity}" message="${escapeXml(d.message)}">${where} ${d.severity} ${escapeXml(d.message)} (${escapeXml(d.ruleId)})</failure>`,
        "    </testcase>",
      ].join("\n");
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${file}" name="${file} lint"/>`);
    tests += cases.length;
    failures += result.diagnostics.length;
    suites.push(
      `  <testsuite name="${file}" tests="${cases.length}" failures="${result.diagnostics.length}" errors="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="community-plan lint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
};

export default junit;
