// The team: how many people, and for each a name, a role, their hours and whether they
// volunteer. The plan lists the members only; `people` and `hoursPerWeek` follow from them, so
// there is nothing to keep in step by hand (lint's team-consistent).
import type { Community, Member } from "../../plan/types.js";
import { confirmQuestion, textQuestion } from "../builders.js";
import { uniqueId } from "../../util/slug.js";
import type { Ask } from "../question.js";
import { hoursPerWeek, text, wholeNumber } from "../validators.js";

const DEFAULT_HOURS = 20;

export async function askTeam(ask: Ask, kind: Community["kind"]): Promise<Member[]> {
  const people = await ask(
    textQuestion({
      key: "community.team.people",
      message: "How many people work on the community?",
      default: 1,
      parse: (raw) => wholeNumber(raw, "the number of people", 1),
      // An answers file that lists the members has said how many there are.
      fromAnswers: (get) => {
        const members = get("community.team.members");
        return Array.isArray(members) && members.length > 0 ? members.length : undefined;
      },
    }),
  );
  // Answers files written before members existed give the team's hours together; each member
  // then takes an even share of them.
  const shareOfTotal = (get: (key: string) => unknown) => {
    const total = get("community.team.hoursPerWeek");
    return typeof total === "number" && total > 0 ? Math.round((total / people) * 10) / 10 : undefined;
  };
  const members: Member[] = [];
  for (let i = 0; i < people; i++) {
    const key = (field: string) => `community.team.members[${i}].${field}`;
    const who = people === 1 ? "" : ` ${i + 1}`;
    const name = await ask(
      textQuestion({ key: key("name"), message: `Team member${who}: name`, default: defaultName(i, kind), parse: (raw) => text(raw, "a name") }),
    );
    const role = await ask(textQuestion({ key: key("role"), message: `What does ${name} do for the community?`, default: defaultRole(i, kind), parse: (raw) => text(raw, "a role") }));
    const hours = await ask(
      textQuestion({
        key: key("hoursPerWeek"),
        message: `How many hours a week does ${name} have for it?`,
        // A club's organiser gives a few evenings, not half a job; still enough for the default
        // plan's busiest week (a newsletter, a thread, moderating two channels), so lint agrees.
        default: i > 0 ? 4 : kind === "member-started" ? 10 : DEFAULT_HOURS,
        parse: (raw) => hoursPerWeek(raw, `${name}'s hours a week`),
        fromAnswers: shareOfTotal,
      }),
    );
    const volunteer = await ask(
      confirmQuestion({ key: key("volunteer"), message: `Does ${name} volunteer (unpaid)?`, default: kind === "member-started" }),
    );
    members.push({ id: uniqueId(name, members.map((member) => member.id)), name, role, hoursPerWeek: hours, ...(volunteer ? { volunteer } : {}) });
  }
  return members;
}

function defaultName(i: number, kind: Community["kind"]): string {
  if (i > 0) return `Team member ${i + 1}`;
  return kind === "member-started" ? "Organiser" : "Community manager";
}

function defaultRole(i: number, kind: Community["kind"]): string {
  if (i > 0) return "Moderator";
  return kind === "member-started" ? "Runs the community" : "Community lead";
}
