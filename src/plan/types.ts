// The plan's types are generated from the JSON Schema; this module only adds names the
// rest of the code wants and that the schema cannot express.
export type * from "./types.generated.js";
import type { CommunityPlan } from "./types.generated.js";

export type Plan = CommunityPlan;
export type { Severity } from "../core/finding.js";
export type SeveritySetting = "off" | "warn" | "error";
