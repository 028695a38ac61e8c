// Plans for the scale runs. The issue sizes a plan by its targets, personas and series, so those
// grow with `n`; goals and channels are only what those need (one per ten), which keeps the file
// growing linearly and every reference resolving. A generated plan must lint with no finding at
// all, or the scale rows would time the error path (and yaml's parse for positions) instead of the
// full rule set on a clean plan.

const perTen = (n) => Math.max(1, Math.ceil(n / 10));

/** Hours the team-capacity rule estimates: a weekly discussion is 0.5 h + 0.5 h follow-up,
 *  each channel 2 h of moderation, a monthly review 0.5 h. */
function teamFor(series, channels) {
  const hoursPerWeek = Math.ceil(series * 1 + channels * 2 + 0.5) + 10;
  return { people: Math.ceil(hoursPerWeek / 40), hoursPerWeek };
}

/** A valid plan with `n` targets, personas and series, and ⌈n/10⌉ goals and channels. */
export function generatedPlan(n) {
  const goals = perTen(n);
  const channels = perTen(n);
  const team = teamFor(n, channels);
  const lines = [
    "version: 1",
    "community:",
    "  name: Scale test",
    "  purpose: A generated plan for the benchmark.",
    "  kind: owned",
    "  timeZone: Europe/Amsterdam",
    "  languages: [en]",
    `  team: { people: ${team.people}, hoursPerWeek: ${team.hoursPerWeek} }`,
    "horizon: { start: 2027-01-01, end: 2027-12-31 }",
    "goals:",
  ];
  for (let g = 0; g < goals; g++) lines.push(`  - { id: goal-${g}, title: Goal ${g}, category: engagement }`);
  lines.push("personas:");
  for (let i = 0; i < n; i++) {
    lines.push(`  - { id: persona-${i}, name: Persona ${i}, languages: [en], timeZones: [Europe/Amsterdam], communication: async, preferredPlatforms: [discourse] }`);
  }
  lines.push("channels:");
  for (let c = 0; c < channels; c++) {
    // Persona i is served by channel i % channels, so every persona is reached exactly once.
    const audience = [];
    for (let i = c; i < n; i += channels) audience.push(`persona-${i}`);
    lines.push(`  - { id: channel-${c}, name: Channel ${c}, platform: discourse, kind: forum, audience: [${audience.join(", ")}], languages: [en] }`);
  }
  lines.push("targets:");
  for (let i = 0; i < n; i++) {
    lines.push(
      // Size and engagement alternate, as in a real plan: size alone is a vanity-metrics warning.
      `  - { id: target-${i}, goal: goal-${i % goals}, metric: ${i % 2 ? "members" : "weekly-active-members"}, baseline: ${100 + i}, change: "+10%", unit: members, deadline: 2027-06-30, dataSource: Admin, owner: Sam }`,
    );
  }
  lines.push("content:", "  series:");
  for (let i = 0; i < n; i++) {
    lines.push(
      `    - { id: series-${i}, title: Series ${i}, channel: channel-${i % channels}, format: discussion, cadence: { every: week, weekdays: [tue] }, localTime: "10:00", audience: [persona-${i}] }`,
    );
  }
  lines.push(
    "guidelines:",
    "  rules: [{ id: be-kind, title: Be kind }]",
    "  consequences: [A reminder, A ban]",
    "  reporting: Flag the post.",
    "moderation:",
    "  moderators: [{ id: sam, name: Sam, timeZone: Europe/Amsterdam, languages: [en], hours: { days: [mon, tue, wed, thu, fri, sat, sun], start: '00:00', end: '23:59' } }]",
    "  responseTime: 48h",
    "review: { cadence: monthly, feedback: [survey], qualitativeSignals: [member-feedback] }",
  );
  return lines.join("\n") + "\n";
}
