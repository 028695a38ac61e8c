// The comment written above each section of a new plan: what the section is for and what to
// edit next. Keyed by the plan's top-level keys.
export const sectionComments: Readonly<Record<string, string>> = {
  version: "The plan format's version; leave it at 1.",
  community:
    "Who the community is for and why it exists. Sharpen the purpose and what members get;\n" +
    "keep team hours honest, since lint checks your promises against them.",
  horizon: "The period this plan covers. Every target's deadline must fall inside it.",
  goals: "What the community should achieve. Each goal needs at least one target below.",
  personas:
    "The members you build for. Replace the defaults with what surveys, polls and conversations\n" +
    "tell you: where they live, what they need, where they already spend time.",
  channels: "Where the community meets. `audience` lists the personas each channel is for.",
  targets:
    "Measurable (SMART) targets, one or more per goal. Measure the baseline before you start,\n" +
    "and give either `target` (a value) or `change` (e.g. \"+15%\").",
  content:
    "Content pillars and recurring series. Add series, one-off `events` and `blackouts`\n" +
    "(holidays); `community-plan calendar` turns them into a dated schedule.",
  engagement: "How members are welcomed and recognised. Add `recognition`, `gamification` and `contests` here.",
  guidelines:
    "The rules members agree to, what happens when they are broken, and how to report a problem,\n" +
    "in every community language. Edit the wording to sound like your community.",
  moderation:
    "Who moderates, when and in which languages. `responseTime` must fit the gaps between\n" +
    "moderators' hours; add moderators in other time zones to promise faster replies.",
  launch: "The launch date and the steps around it.",
  review: "How the plan stays alive: review cadence, how members are asked, and signals beyond numbers.",
  journey:
    "How members move from first contact to leadership. Each level says what members do there;\n" +
    "`moveUp` names the series, events or tactics that invite them to the next level.",
  lint: "How `community-plan lint` treats this plan: rule severities and reasonable hours for live sessions.",
};
