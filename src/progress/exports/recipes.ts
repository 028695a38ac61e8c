// How each kind of export becomes numbers: which column holds the day, which the value, and
// how a period's rows combine. The column names of Discord's and Slack's files come from
// third-party descriptions (see the README), so every name is matched loosely and a missing
// one is reported with the columns found.
import type { Measure } from "../../plan/types.js";
import type { Aggregate } from "./periods.js";
import type { ColumnRef } from "./table.js";

export type Compute = NonNullable<Measure["compute"]>;

/** Rows dated by a column, one value per row (or 1 per row, to count them). */
export interface DatedRecipe {
  kind: "dated";
  date: ColumnRef;
  value: ColumnRef | "row";
  aggregate: Aggregate;
}

/** A list of members or channels with no day per row: one value for the whole file. */
export interface SnapshotRecipe {
  kind: "snapshot";
  value: ColumnRef;
  combine: Aggregate | "active" | "concentration";
  /** The column whose latest day dates the file when the plan gives no `asOf`. */
  latest?: ColumnRef;
}

export type Recipe = DatedRecipe | SnapshotRecipe;

/** What a recipe needs that the plan did not give, or a source cannot do: a one-line reason. */
export class RecipeError extends Error {}

const names = (...list: string[]): ColumnRef => ({ names: list });
const column = (measure: Measure, fallback: ColumnRef): ColumnRef =>
  measure.column === undefined ? fallback : typeof measure.column === "number" ? { position: measure.column } : names(measure.column);

/** Discourse reports that are counts add up over a period; rates and durations do not. */
function discourseAggregate(report: string | undefined): Aggregate {
  if (report === "time_to_first_response") return "median";
  if (report === "dau_by_mau" || report === "daily_engaged_users" || report === "consolidated_page_views") return "mean";
  return "sum";
}

const DISCORD_COLUMNS: Readonly<Record<string, { column: string; aggregate: Aggregate }>> = {
  "guild-total-membership": { column: "total_membership", aggregate: "last" },
  "guild-communicators": { column: "communicators", aggregate: "mean" },
  "guild-joins-by-source": { column: "new_members", aggregate: "sum" },
  "guild-message-activity": { column: "messages", aggregate: "sum" },
  "guild-leavers": { column: "leavers", aggregate: "sum" },
};

/** The report a computed metric reads from a source, when the plan names none. */
export const COMPUTE_REPORTS: Readonly<Partial<Record<Measure["from"], Partial<Record<Compute, string>>>>> = {
  "discourse-report": { "time-to-first-response": "time_to_first_response", newcomers: "new_contributors" },
  "discord-insights": { "active-members": "guild-communicators", newcomers: "guild-joins-by-source" },
};

const CANNOT: Readonly<Record<Compute, string>> = {
  "time-to-first-response": "a Discourse report (time_to_first_response)",
  newcomers: "a Discourse report (new_contributors), Discourse's user list, Discord insights or Slack's members list",
  "active-members": "Discord insights (guild-communicators) or Slack's members list",
  "contributor-concentration": "Discourse's user list or Slack's members list",
};

export function recipeFor(measure: Measure, report: string | undefined): Recipe {
  const { compute } = measure;
  const cannot = (): never => {
    throw new RecipeError(`${compute} cannot be computed from ${measure.from}; it needs ${CANNOT[compute!]}`);
  };
  switch (measure.from) {
    case "discourse-report": {
      // Headers are translated into the site's language: the day is column 1, the first series column 2.
      if (compute === "active-members" || compute === "contributor-concentration") cannot();
      const aggregate = compute === "time-to-first-response" ? "median" : compute === "newcomers" ? "sum" : discourseAggregate(report);
      return { kind: "dated", date: { position: 1 }, value: column(measure, { position: 2 }), aggregate: measure.aggregate ?? aggregate };
    }
    case "discourse-users": {
      if (compute === "newcomers") return { kind: "dated", date: names("created_at"), value: "row", aggregate: "count" };
      if (compute === "contributor-concentration") {
        return { kind: "snapshot", value: names("post_count"), combine: "concentration", latest: names("last_seen_at") };
      }
      if (compute) cannot();
      return measure.column === undefined
        ? { kind: "dated", date: names("created_at"), value: "row", aggregate: "count" }
        : { kind: "dated", date: names("created_at"), value: column(measure, names("post_count")), aggregate: measure.aggregate ?? "sum" };
    }
    case "discord-insights": {
      const date = names("interval_start_timestamp");
      if (compute === "newcomers") return { kind: "dated", date, value: column(measure, names("new_members")), aggregate: measure.aggregate ?? "sum" };
      if (compute === "active-members") return { kind: "dated", date, value: column(measure, names("communicators")), aggregate: measure.aggregate ?? "mean" };
      if (compute) cannot();
      const known = report === undefined ? undefined : DISCORD_COLUMNS[report];
      if (measure.column === undefined && !known) {
        throw new RecipeError(`say which column to read from ${report ?? "the Discord file"} (measure.column)`);
      }
      return { kind: "dated", date, value: column(measure, names(known?.column ?? "")), aggregate: measure.aggregate ?? known?.aggregate ?? "sum" };
    }
    case "slack-members": {
      const latest = names("Last active (UTC)", "Last active");
      if (compute === "newcomers") return { kind: "dated", date: names("Account created (UTC)", "Account created"), value: "row", aggregate: "count" };
      if (compute === "active-members") return { kind: "snapshot", value: column(measure, names("Days active")), combine: "active", latest };
      if (compute === "contributor-concentration") {
        return { kind: "snapshot", value: column(measure, names("Messages posted")), combine: "concentration", latest };
      }
      if (compute) cannot();
      return { kind: "snapshot", value: column(measure, names("Messages posted")), combine: measure.aggregate ?? "sum", latest };
    }
    case "slack-channels": {
      if (compute) cannot();
      return { kind: "snapshot", value: column(measure, names("Messages posted")), combine: measure.aggregate ?? "sum" };
    }
    case "actuals":
      throw new RecipeError("an actuals file is read as date,metric,value rows, not with a recipe");
  }
}
