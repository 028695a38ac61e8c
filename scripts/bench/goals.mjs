// The goals of issues 7 and 21 (which loosened lint to 1.7× and 7× Spectral when the V8 code
// caches and patched dependencies went), checked against whatever rows were measured. A goal names the kind of
// row it applies to (its role), never a file, so a new example or a `--only` subset is judged
// by the same list; a goal with no row to judge says so instead of passing.

const floorOf = (rows) => rows.find((r) => r.role === "floor")?.ms;
const timesFloor = (row, rows) => row.ms / floorOf(rows);

export const goals = [
  {
    wanted: "`lint` of an example",
    roles: ["lint-example"],
    measure: timesFloor,
    op: "≤",
    limit: 1.7,
    unit: "× `node -e 0`",
    digits: 2,
  },
  {
    wanted: "`lint` of an example beside Spectral on the same plan",
    roles: ["lint-example"],
    subject: (row, rows) => {
      const peer = rows.find((r) => r.role === "peer-spectral" && r.plan === row.plan);
      return peer && `${row.name} vs ${peer.name}`;
    },
    measure: (row, rows) => rows.find((r) => r.role === "peer-spectral" && r.plan === row.plan)?.ms / row.ms,
    op: "≥",
    limit: 7,
    unit: "× faster than Spectral",
    digits: 2,
  },
  { wanted: "`lint` of an example, peak memory", roles: ["lint-example"], measure: (row) => row.mib, op: "<", limit: 60, unit: " MiB", digits: 1 },
  { wanted: "`--version`", roles: ["version"], measure: timesFloor, op: "≤", limit: 1.2, unit: "× `node -e 0`", digits: 2 },
  {
    wanted: "`calendar` for a quarter and `render` of the largest example",
    roles: ["calendar-quarter", "render"],
    measure: timesFloor,
    op: "≤",
    limit: 2,
    unit: "× `node -e 0`",
    digits: 2,
  },
  // Linear growth makes each 10× of input cost at most 10× the time (less while start-up dominates).
  { wanted: "`lint` time growing linearly with plan size", roles: ["scale-plan"], measure: (row) => row.growth, op: "≤", limit: 10, unit: "× per 10×", digits: 1 },
  { wanted: "`lint` of 10,000 targets", roles: ["scale-plan"], when: (row) => row.size === 10_000, measure: (row) => row.ms, op: "<", limit: 1000, unit: " ms", digits: 0 },
  { wanted: "`lint` of 1,000 files in one call", roles: ["scale-files"], when: (row) => row.files === 1000, measure: (row) => row.ms, op: "<", limit: 3000, unit: " ms", digits: 0 },
];

const holds = { "≤": (a, b) => a <= b, "<": (a, b) => a < b, "≥": (a, b) => a >= b };

/** One verdict per goal and row it applies to; `met` is undefined when nothing could be measured. */
export function verdicts(rows, list = goals) {
  const out = [];
  for (const goal of list) {
    const judged = rows.filter((row) => goal.roles.includes(row.role) && (goal.when?.(row) ?? true));
    const measured = judged
      .map((row) => ({ row, value: goal.measure(row, rows), subject: goal.subject ? goal.subject(row, rows) : row.name }))
      .filter((v) => Number.isFinite(v.value) && v.subject);
    const target = `${goal.op} ${goal.limit}${goal.unit}`;
    if (measured.length === 0) {
      out.push({ goal, subject: goal.wanted, measured: "–", target, met: undefined });
      continue;
    }
    for (const { value, subject } of measured) {
      out.push({ goal, subject, value, measured: `${value.toFixed(goal.digits)}${goal.unit}`, target, met: holds[goal.op](value, goal.limit) });
    }
  }
  return out;
}
