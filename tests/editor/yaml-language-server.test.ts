// The editor set-up the README promises, with the real YAML language server (the one VS Code's
// YAML extension runs) over stdio: a plan `init` wrote in a subfolder of a project that installed
// community-plan gets the schema's diagnostics, in the schema's own words.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LspClient, type Diagnostic } from "../helpers/lsp-client.js";
import { repoRoot, runCli } from "../helpers/run-cli.js";
import { TODAY } from "../helpers/plans.js";

const project = mkdtempSync(path.join(tmpdir(), "community-plan-editor-"));
const planFile = path.join(project, "plans/chapters/forum.community-plan.yaml");
const uri = pathToFileURL(planFile).href;
const server = path.join(repoRoot, "node_modules/yaml-language-server/bin/yaml-language-server");
let client: LspClient;
let text: string;
let version = 1;

async function diagnosticsFor(content: string, accept: (diagnostics: Diagnostic[]) => boolean): Promise<Array<{ line: number; message: string }>> {
  const published = client.diagnostics(uri, accept);
  if (version === 1) client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version, text: content } });
  else client.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: content }] });
  version++;
  return (await published).map((d) => ({ line: d.range.start.line + 1, message: d.message }));
}

describe("yaml-language-server 1.25 with a plan written by init", () => {
  beforeAll(async () => {
    // The project's local install, as `npm install community-plan` (or `npm link`) leaves it.
    mkdirSync(path.join(project, "node_modules"));
    symlinkSync(repoRoot, path.join(project, "node_modules/community-plan"));
    mkdirSync(path.dirname(planFile), { recursive: true });
    expect(runCli(["init", path.relative(project, planFile), "--yes", "--today", TODAY], { cwd: project, env: { TZ: "Europe/Amsterdam" } }).code).toBe(0);
    text = readFileSync(planFile, "utf8");
    client = new LspClient(process.execPath, [server, "--stdio"], project);
    await client.request("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(project).href,
      workspaceFolders: [{ uri: pathToFileURL(project).href, name: "project" }],
      capabilities: { textDocument: { publishDiagnostics: {} } },
    });
    client.notify("initialized", {});
    client.notify("workspace/didChangeConfiguration", { settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false } } } });
  }, 60_000);

  afterAll(async () => client.close());

  it("follows the $schema line init wrote (../../node_modules/...) and finds nothing in the plan as written", async () => {
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../node_modules/community-plan/schemas/community-plan.schema.json");
    expect(await diagnosticsFor(text, () => true)).toEqual([]);
  });

  it("underlines schema errors with the schema's messages: an unknown key, a bad enum value, a date the CLI would refuse", async () => {
    const lines = text.split("\n");
    const deadline = lines.findIndex((line) => /^\s+deadline: /.test(line));
    const kind = lines.findIndex((line) => /^\s+kind: (owned|member-started|joining-existing)$/.test(line));
    expect([deadline, kind].every((index) => index > 0)).toBe(true);
    lines[deadline] = lines[deadline]!.replace(/deadline: .*/, "deadline: next spring");
    lines[kind] = lines[kind]!.replace(/kind: .*/, "kind: ours");
    lines.push("slogan: Build together");
    const found = await diagnosticsFor(lines.join("\n"), (diagnostics) => diagnostics.length > 0);
    expect(found).toEqual(
      expect.arrayContaining([
        { line: deadline + 1, message: "Must be a date like 2027-03-31." },
        { line: kind + 1, message: expect.stringMatching(/^Value is not accepted\. Valid values: "owned", "member-started", "joining-existing"\./) },
        { line: lines.length, message: expect.stringMatching(/^Property slogan is not allowed\./) },
      ]),
    );
  });
});
