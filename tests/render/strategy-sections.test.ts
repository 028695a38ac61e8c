// The strategy document's reasoning sections, one view function at a time, on a small plan whose
// numbers can be worked out by hand (the comments show the sums).
import { describe, expect, it } from "vitest";
import { buildCalendar } from "../../src/calendar/entries.js";
import { measureProgress } from "../../src/progress/measure-progress.js";
import { readActuals } from "../../src/progress/read-actuals.js";
import { renderDocuments } from "../../src/render/documents.js";
import { buildChannelMap } from "../../src/render/view/channel-map.js";
import { buildGoalRoutes } from "../../src/render/view/goal-routes.js";
import { buildJourney } from "../../src/render/view/journey-view.js";
import { buildMetrics } from "../../src/render/view/metrics-view.js";
import { buildPeople } from "../../src/render/view/people-view.js";
import { quarterRuns } from "../../src/render/view/quarter-runs.js";
import { buildBudget, buildPartners, buildRisks } from "../../src/render/view/register-view.js";
import { buildStrategyView } from "../../src/render/view/strategy-view.js";
import { buildSummary } from "../../src/render/view/summary-view.js";
import { buildTargetView } from "../../src/render/view/targets.js";
import { resolveRange } from "../../src/time/date-range.js";
import { labelsFor } from "../../src/render/labels/index.js";

const EN = labelsFor("en");
import { minimalPlan, TODAY } from "../helpers/plans.js";
import { planFromText } from "./render-helpers.js";

const SMALL = `version: 1
community:
  name: Small
  purpose: Help people fix their bikes
  kind: owned
  timeZone: Europe/Amsterdam
  languages: [en]
  team:
    members:
      - { id: ana, name: Ana Silva, role: Lead, hoursPerWeek: 20 }
      - { id: lee, name: Lee, role: Weekend moderator, hoursPerWeek: 6, volunteer: true }
horizon: { start: 2027-01-01, end: 2027-12-31 }
goals:
  - { id: feedback, title: Feedback }
  - { id: engagement, title: Engagement, priority: 2 }
  - { id: support, title: Support, priority: 1, description: Peers answer faster than we can }
personas:
  - id: member
    name: Member
    languages: [en]
    timeZones: [Europe/Amsterdam]
    communication: async
    preferredPlatforms: [discourse]
    needs: [Quick answers]
    painPoints: [Fast-scrolling chat buries good posts]
channels:
  - { id: forum, name: Forum, platform: discourse, kind: forum, purpose: Answers that stay findable, audience: [member], owner: ana }
  - { id: chat, name: Chat, platform: discord, kind: chat, purpose: Live talk, audience: [member], owner: Ana Silva }
targets:
  - { id: answer-rate, goal: support, metric: peer-answer-rate, baseline: 20, target: 40, unit: "%", deadline: 2027-06-30 }
  - { id: regulars, goal: engagement, metric: regulars, baseline: 10, target: 30, deadline: 2027-12-31 }
content:
  series:
    - id: tips
      title: Tuesday tips
      channel: forum
      format: article
      cadence: { every: week, weekdays: [tue] }
      localTime: "10:00"
      owner: ana
      goals: [support]
engagement:
  contests:
    - { id: photo, title: Photo contest, start: 2027-02-01, end: 2027-02-28, prizeValue: 300, goals: [engagement], rules: Be nice, legalReview: done }
moderation:
  moderators:
    - { id: lee-shift, name: Lee, member: lee, timeZone: Europe/Amsterdam, languages: [en], hours: { days: [sat, sun], start: "10:00", end: "14:00" } }
  responseTime: 48h
launch:
  steps:
    - { title: Seed ten questions, due: 2027-01-10, owner: Lee }
review:
  cadence: monthly
  owner: ana
  metrics: [peer-answer-rate, sentiment-score]
  qualitativeSignals: [member-feedback]
journey:
  levels:
    - { id: newcomer, name: Newcomer, description: Asked a question, moveUp: [tips] }
    - { id: regular, name: Regular, description: Answers every week, moveUp: [], target: regulars }
    - { id: leader, name: Leader, description: Moderates, moveUp: [] }
budget:
  currency: EUR
  items:
    - { id: hosting, name: Hosting, amount: 100, per: month, goals: [support] }
risks:
  - { id: outage, risk: The forum host goes down, likelihood: low, impact: high, mitigation: Daily backups., owner: ana, playbook: [Post on the chat] }
  - { id: raid, risk: A raid on the chat, likelihood: high, impact: high, mitigation: Slow mode., owner: Lee }
  - { id: burnout, risk: Lee burns out, likelihood: medium, impact: medium, mitigation: A second volunteer by June., owner: ana }
partners:
  - { name: Bike kitchen, kind: repair café, gives: A workshop once a month, gets: Our members as volunteers }
`;
const small = planFromText(SMALL);

// 2027-Q1 has 13 Tuesdays; the contest runs in February.
const quarter = quarterRuns(small, buildCalendar(small, resolveRange({ today: TODAY })));
const targets = small.targets.map((t) => buildTargetView(t, small, EN));

describe("what runs next quarter", () => {
  it("counts the calendar's occurrences per activity and a contest that overlaps the quarter once", () => {
    expect(quarter.label).toBe("2027-Q1");
    expect(quarter.runs.map((r) => [r.activity.id, r.count])).toEqual([["tips", 13], ["photo", 1]]);
  });
});

describe("the summary", () => {
  const summary = buildSummary(small, targets, quarter, EN);
  const block = (label: string) => summary.blocks.find((b) => b.label.startsWith(label))!;

  it("opens with the purpose and the first priority's reason, then the top goals by priority with headline targets", () => {
    expect(summary.blocks.map((b) => b.label)).toEqual(["What we are for", "What runs in 2027-Q1", "Can the team carry it", "Money", "What could go wrong"]);
    expect(block("What we are for").sentences).toEqual([
      "Help people fix their bikes.",
      "The first priority is “Support”: Peers answer faster than we can.",
    ]);
    expect(block("What we are for").items).toEqual([
      "Support (priority 1): peer answer rate 20% → 40% by 30 Jun 2027",
      "Engagement (priority 2): regulars 10 → 30 by 31 Dec 2027",
    ]);
  });

  it("groups the quarter's occurrences by goal, most important first, and names the goal nothing serves", () => {
    expect(block("What runs").sentences).toEqual([
      "Support: Tuesday tips ×13.",
      "Engagement: Photo contest.",
      "Nothing scheduled in the quarter serves “Feedback”: close the gap or say the goal can wait.",
    ]);
  });

  it("sets hours needed against hours available, per member, volunteers apart", () => {
    // tips 3.5 (article 3 + follow-up 0.5) + forum 2 + chat 2 + Lee's shifts 8 + monthly review 0.5 = 16 of 26.
    expect(block("Can the team").sentences).toEqual([
      // Lee's shift names her (member:), so shifts replace the flat hours per channel: 3.5 + 0.5 + 8, and the launch step's 2 h spread over the year.
      "The plan needs about 12.1 of the team's 26 hours a week (47%).",
      "That leaves 13.9 hours a week for what the plan does not schedule: answering, member care, the unexpected.",
      "Volunteers give 6 of the 26 hours (23%).",
      "Lee carries more than the hours they have.",
    ]);
    expect(block("Can the team").items).toEqual(["Ana Silva: 4 of 20 h", "Lee (volunteer): 8 of 6 h, over"]);
  });

  it("gives the year's money and what the first priority gets", () => {
    // Hosting 100 × 12 = 1,200 for support; the contest prize 300 for engagement.
    expect(block("Money").sentences).toEqual(["The year costs €1,500.", "The first priority, “Support”, gets €1,200 (80%)."]);
  });

  it("lists the most severe risks first, with mitigation, owner and a missing playbook", () => {
    expect(block("What could go wrong").sentences).toEqual(["All 3 risks, most severe first (likelihood × impact):"]);
    expect(block("What could go wrong").items).toEqual([
      "A raid on the chat (high likelihood, high impact). Slow mode. Owner: Lee. No playbook yet.",
      "Lee burns out (medium likelihood, medium impact). A second volunteer by June. Owner: ana. No playbook yet.",
      "The forum host goes down (low likelihood, high impact). Daily backups. Owner: ana.",
    ]);
  });

  it("says every goal weighs the same when none is ranked", () => {
    const plan = planFromText(minimalPlan.replace("    category: engagement\n", "    category: engagement\n  - id: second\n    title: Second\n"));
    const view = buildStrategyView(plan, TODAY, EN);
    expect(view.summary.blocks[0]!.sentences[1]).toMatch(/^No goal has a priority yet/);
  });
});

describe("how we get there", () => {
  const routes = buildGoalRoutes(small, quarter, EN);

  it("names the activities, how often they run next quarter, the journey steps and the money", () => {
    expect(routes.get("support")).toEqual({
      label: "How we get there",
      activitiesLabel: "Served by",
      activities: ["Tuesday tips (series, 13 in 2027-Q1)"],
      sentences: ["On the member journey it moves members from Newcomer to Regular.", "It gets €1,200 of the year's budget."],
    });
    expect(routes.get("engagement")!.sentences).toEqual(["Its targets count the Regular level.", "It gets €300 of the year's budget."]);
    expect(routes.get("feedback")!.sentences).toEqual(["Nothing serves this goal yet: until an activity does, it is a wish.", "No budget goes to it."]);
  });

  it("asks for goal links, rather than calling every goal a wish, in a plan that links no activity to a goal", () => {
    const unlinked = planFromText(SMALL.replace("      goals: [support]\n", "").replace(", goals: [engagement], rules", ", rules"));
    expect(buildGoalRoutes(unlinked, quarterRuns(unlinked, buildCalendar(unlinked, resolveRange({ today: TODAY }))), EN).get("support")!.sentences[0]).toMatch(
      /^No activity in the plan says which goal it serves yet/,
    );
  });

  it("orders the document's goals by priority, unranked goals last", () => {
    expect(buildStrategyView(small, TODAY, EN).goals.map((g) => [g.id, g.priorityLabel])).toEqual([
      ["support", "Priority 1"],
      ["engagement", "Priority 2"],
      ["feedback", null],
    ]);
  });
});

describe("channel reasons", () => {
  it("sends a persona to the forum because of the pain point it answers, and says each purpose once", () => {
    const map = buildChannelMap(small, EN);
    expect(map.why).toEqual([
      {
        channel: "Forum",
        description: "Forum on Discourse",
        purpose: "Answers that stay findable",
        owner: "ana",
        languages: [],
        personas: [{ persona: "Member", reason: "because of their pain point “Fast-scrolling chat buries good posts” and their need “Quick answers”; they already use Discourse; asynchronous, which suits them" }],
      },
      {
        channel: "Chat",
        description: "Chat on Discord",
        purpose: "Live talk",
        owner: "Ana Silva",
        languages: [],
        personas: [{ persona: "Member", reason: "because of their need “Quick answers”" }],
      },
    ]);
  });

  it("renders no line that starts with a bare parenthesis", () => {
    const md = renderDocuments(small, { format: "md", today: TODAY, only: ["strategy"] }).files[0]!.content;
    expect(md.split("\n").filter((line) => /^\s*(- )?\(/.test(line))).toEqual([]);
    expect(md.match(/Answers that stay findable/g)).toHaveLength(1);
  });
});

describe("the member journey", () => {
  const journey = buildJourney(small, targets, EN)!;

  it("lists the levels with what moves members up and the target that counts them, and names the stuck step", () => {
    expect(journey.levels.map((l) => [l.name, l.moveUp, l.target])).toEqual([
      ["Newcomer", ["Tuesday tips"], null],
      ["Regular", [], "Regulars 10 → 30 by 31 Dec 2027"],
      ["Leader", [], null],
    ]);
    expect(journey.gaps).toEqual(["Nothing yet moves members from Regular to Leader: add an invitation (recognition, a role, a programme)."]);
  });

  it("draws a Mermaid flowchart with a dotted arrow where nothing moves members up, and an SVG", () => {
    expect(journey.mermaid.text).toContain('l0 -->|"Tuesday tips"| l1');
    expect(journey.mermaid.text).toContain('l1 -.->|"nothing yet"| l2');
    expect(journey.svg.text.match(/<rect /g)).toHaveLength(3);
    expect(journey.svg.text).toContain('marker-end="url(#journey-arrow-stuck)"');
  });
});

describe("people and load", () => {
  it("lists what each member owns with the shared estimate's hours, and flags the volunteer over their hours", () => {
    const people = buildPeople(small, EN)!;
    expect(people.members.map((m) => [m.name, m.volunteer, m.owns, m.needed, m.available, m.judgement])).toEqual([
      ["Ana Silva", null, ["Tuesday tips (series, 3.5 h)", "the review loop (0.5 h)"], "4 h", "20 h", "16 h a week free"],
      ["Lee", "volunteer", ["Seed ten questions (launch step, due 10 Jan 2027)", "moderation shifts (8 h)"], "8 h", "6 h", "over by 2 h a week"],
    ]);
    expect(people.unowned).toBeNull();
  });

  it("is left out when the plan lists no members", () => {
    expect(buildPeople(planFromText(minimalPlan), EN)).toBeNull();
  });
});

describe("budget, risks and partners", () => {
  it("totals the year per item and per goal, prizes included", () => {
    const budget = buildBudget(small, EN)!;
    expect(budget.total).toBe("A year of the plan costs €1,500.");
    expect(budget.items).toEqual([
      { name: "Hosting", amount: "€100 a month", perYear: "€1,200", goals: "Support" },
      { name: "Prize of Photo contest", amount: "€300 once", perYear: "€300", goals: "Engagement" },
    ]);
    expect(budget.perGoal).toEqual(["Support: €1,200 (80%)", "Engagement: €300 (20%)", "Feedback: €0 (0%)"]);
  });

  it("sorts risks by likelihood × impact and keeps each playbook", () => {
    expect(buildRisks(small, EN)!.items.map((r) => [r.risk, r.severity, r.playbook, r.noPlaybook])).toEqual([
      ["A raid on the chat", "high × high = 9", [], "no playbook yet"],
      ["Lee burns out", "medium × medium = 4", [], "no playbook yet"],
      ["The forum host goes down", "low × high = 3", ["Post on the chat"], null],
    ]);
  });

  it("says what each partner gives and gets", () => {
    expect(buildPartners(small, EN)!.items).toEqual([{ name: "Bike kitchen", kind: "repair café", gives: "A workshop once a month", gets: "Our members as volunteers" }]);
  });
});

describe("the actuals' note column", () => {
  it("is read from CSV, JSON and YAML, and left out when empty", () => {
    const csv = readActuals("date,metric,value,note\n2027-01-31,nps,40,After the outage\n2027-02-28,nps,42,\n", "a.csv");
    const json = readActuals('[{"date": "2027-01-31", "metric": "nps", "value": 40, "note": "After the outage"}]', "a.json");
    const yaml = readActuals("- { date: 2027-01-31, metric: nps, value: 40, note: After the outage }\n", "a.yaml");
    expect(csv.observations.map((o) => o.note)).toEqual(["After the outage", undefined]);
    expect(json.observations[0]!.note).toBe("After the outage");
    expect(yaml.observations[0]!.note).toBe("After the outage");
  });
});

describe("metrics with --actuals", () => {
  const csv = [
    "date,metric,value,channel,note",
    "2027-01-31,peer-answer-rate,25,,",
    "2027-02-28,peer-answer-rate,28,,Two new helpers",
    "2027-03-31,peer-answer-rate,30,,",
    "2027-03-31,sentiment-score,0.7,,Members like the tips",
    "2027-03-31,member-feedback,4.2,,",
    "2027-03-31,newsletter-opens,0.41,,",
  ].join("\n");
  const progress = measureProgress(small, readActuals(csv, "actuals.csv"), { today: "2027-04-01", planFile: "p", actualsFile: "a" });

  it("shows the latest value of every watched metric and signal, with the latest note, and drops nothing measured", () => {
    expect(buildMetrics(small, targets, EN, progress).map((m) => [m.metric, m.latest, m.note, m.unplanned])).toEqual([
      ["peer-answer-rate", "30% on 31 Mar 2027", "Two new helpers (28 Feb 2027)", null],
      ["sentiment-score", "0.7 on 31 Mar 2027", "Members like the tips", null],
      ["regulars", "not measured yet", null, null],
      ["member-feedback", "4.2 on 31 Mar 2027", null, null],
      ["newsletter-opens", "0.41 on 31 Mar 2027", null, "measured, not in the plan"],
    ]);
  });

  it("shows no latest values without actuals", () => {
    expect(buildMetrics(small, targets, EN).map((m) => m.latest)).toEqual([null, null, null]);
  });
});

describe("the new sections in HTML and Markdown", () => {
  const hostile = (text: string) => JSON.stringify(`${text} <evil onload="x"> | {{x}}`);
  const plan = planFromText(
    SMALL
        .replace("name: Ana Silva,", `name: ${hostile("Ana")},`)
        .replace("name: Newcomer,", `name: ${hostile("Newcomer")},`)
        .replace("risk: A raid on the chat,", `risk: ${hostile("A raid")},`)
        .replace("name: Bike kitchen,", `name: ${hostile("Bike kitchen")},`)
        .replace("name: Hosting,", `name: ${hostile("Hosting")},`)
        .replace("painPoints: [Fast-scrolling chat buries good posts]", `painPoints: [${hostile("buries")}]`),
  );
  const html = renderDocuments(plan, { format: "html", today: TODAY, only: ["strategy"] }).files[0]!.content;
  const md = renderDocuments(plan, { format: "md", today: TODAY, only: ["strategy"] }).files[0]!.content;

  it("escape plan text in every new section, the journey's pictures included", () => {
    expect(html).not.toMatch(/<evil/);
    expect(md).not.toMatch(/<evil/);
    for (const text of ["Ana", "Newcomer", "A raid", "Bike kitchen", "Hosting", "buries"]) expect(html).toContain(`${text} &lt;evil`);
    expect(md).toContain("Newcomer #60;evil"); // in the Mermaid journey
  });

  it("HTML: every element the new sections open is closed", () => {
    for (const tag of ["section", "table", "tbody", "ul", "ol", "li", "p", "svg", "g", "text", "figure"]) {
      const opened = html.match(new RegExp(`<${tag}[\\s>]`, "g"))?.length ?? 0;
      const closed = html.match(new RegExp(`</${tag}>`, "g"))?.length ?? 0;
      expect([tag, opened]).toEqual([tag, closed]);
    }
    for (const id of ["summary", "journey", "people", "budget", "risks", "partners"]) expect(html).toContain(`<section id="${id}"`);
  });

  it("Markdown and HTML say the same summary", () => {
    const sentences = buildStrategyView(plan, TODAY, EN).summary.blocks.flatMap((b) => b.sentences);
    for (const sentence of sentences.filter((s) => !/[<>&"'|{]/.test(s))) {
      expect(md).toContain(sentence);
      expect(html).toContain(sentence);
    }
  });
});
