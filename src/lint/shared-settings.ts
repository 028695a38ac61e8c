// Settings shared by many plans: `community-plan.config.yaml`, the shape of a plan's `lint:`
// block, found from the plan's folder upwards. The search stops at a folder holding `.git`, so a
// file outside the repository never changes how its plans lint. Finding is a few stat calls per
// folder, remembered for the run; the yaml package is loaded only when a file exists.
import { stat as statCallback } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { UsageError } from "../core/errors.js";
import type { LintConfig } from "../plan/types.js";
import { parsePlan } from "../plan/parse-plan.js";
import { readPlanFile } from "../plan/read-plan-file.js";
import { closest } from "../util/closest.js";

const stat = promisify(statCallback);

export const SETTINGS_FILE = "community-plan.config.yaml";

export interface SharedSettings {
  /** Absolute path of the file the settings came from. */
  file: string;
  config: LintConfig;
}

async function exists(file: string, kind: "file" | "any"): Promise<boolean> {
  try {
    const info = await stat(file);
    return kind === "any" || info.isFile();
  } catch {
    return false;
  }
}

/** Finds and reads settings files, each folder and each file once per run. */
export class SettingsFinder {
  private readonly found = new Map<string, Promise<string | undefined>>();
  private readonly loaded = new Map<string, Promise<SharedSettings>>();

  constructor(private readonly ruleIds: ReadonlySet<string>) {}

  /** The settings for a plan in `folder` (absolute), or undefined when no file applies. */
  async forFolder(folder: string): Promise<SharedSettings | undefined> {
    const file = await this.nearest(folder);
    return file === undefined ? undefined : this.load(file);
  }

  /** Settings named on the command line (--config). */
  load(file: string): Promise<SharedSettings> {
    let settings = this.loaded.get(file);
    if (!settings) {
      settings = readSettingsFile(file, this.ruleIds);
      this.loaded.set(file, settings);
    }
    return settings;
  }

  private nearest(folder: string): Promise<string | undefined> {
    let answer = this.found.get(folder);
    if (!answer) {
      answer = this.search(folder);
      this.found.set(folder, answer);
    }
    return answer;
  }

  private async search(folder: string): Promise<string | undefined> {
    const candidate = path.join(folder, SETTINGS_FILE);
    if (await exists(candidate, "file")) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder || (await exists(path.join(folder, ".git"), "any"))) return undefined;
    return this.nearest(parent);
  }
}

async function readSettingsFile(file: string, ruleIds: ReadonlySet<string>): Promise<SharedSettings> {
  const fail = (what: string, hint?: string): never => {
    throw new UsageError("E_SETTINGS", `${what} (${file})`, hint ?? `it has the shape of a plan's lint: block: rules (id: off|warn|error) and reasonableHours (start, end)`);
  };
  let text: string;
  try {
    text = await readPlanFile(file);
  } catch (error) {
    return fail(`cannot read the shared settings: ${(error as Error).message}`);
  }
  // The plan's own reader: the simple reader first, yaml only for what it cannot take.
  const parsed = await parsePlan(text, { file });
  if (parsed.findings.length > 0 || parsed.data === undefined) {
    const { line } = parsed.lineCounter.linePos((parsed.findings[0]?.range ?? [0])[0]);
    return fail(`the shared settings are not valid YAML (line ${line})`, "check the indentation and quoting near that line");
  }
  const data: unknown = parsed.data ?? {};
  return { file, config: checkConfig(data, ruleIds, fail) };
}

const SETTINGS = ["off", "warn", "error"];
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The same checks the schema makes of a plan's `lint:` block, and known rule ids. */
function checkConfig(data: unknown, ruleIds: ReadonlySet<string>, fail: (what: string, hint?: string) => never): LintConfig {
  if (!isRecord(data)) return fail("the shared settings must be a mapping");
  const config: LintConfig = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "rules") {
      if (!isRecord(value)) return fail("rules must be a mapping of rule ids to off, warn or error");
      const rules: Record<string, "off" | "warn" | "error"> = {};
      for (const [id, setting] of Object.entries(value)) {
        if (!ruleIds.has(id)) {
          const guess = closest(id, ruleIds);
          return fail(`there is no lint rule "${id}"`, guess ? `did you mean "${guess}"? 'community-plan rules' lists them` : "'community-plan rules' lists them");
        }
        if (typeof setting !== "string" || !SETTINGS.includes(setting)) return fail(`rules.${id} must be off, warn or error`);
        rules[id] = setting as "off" | "warn" | "error";
      }
      config.rules = rules;
    } else if (key === "reasonableHours") {
      if (!isRecord(value) || typeof value.start !== "string" || typeof value.end !== "string" || !LOCAL_TIME.test(value.start) || !LOCAL_TIME.test(value.end) || Object.keys(value).length !== 2) {
        return fail("reasonableHours must have start and end, each HH:MM");
      }
      config.reasonableHours = { start: value.start, end: value.end };
    } else {
      return fail(`unknown key "${key}" in the shared settings`);
    }
  }
  return config;
}
