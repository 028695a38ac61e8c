// The community itself: who runs it, why, for whom, where, and the team with its hours.
import type { Community } from "../../plan/types.js";
import { selectQuestion, textQuestion } from "../builders.js";
import type { Ask, FlowContext } from "../question.js";
import { languagesQuestion, timeZoneQuestion } from "./shared.js";
import { list, optionalText, text } from "../validators.js";
import { askTeam } from "./team.js";

export async function askCommunity(ask: Ask, context: FlowContext): Promise<Community> {
  const name = await ask(textQuestion({ key: "community.name", message: "What is the community called?", default: "My community", parse: (raw) => text(raw, "the community's name") }));
  // Asked first: a club its members started is framed and defaulted differently from a brand's community.
  const kind = await ask(
    selectQuestion<Community["kind"]>({
      key: "community.kind",
      message: "What kind of community is it?",
      what: "a kind of community",
      default: "owned",
      choices: [
        { value: "owned", name: "Our own community", description: "The organisation builds and runs it." },
        { value: "member-started", name: "Started by members", description: "Members run it, perhaps with an organisation's support." },
        { value: "joining-existing", name: "Joining an existing community", description: "The organisation takes part in a community others run." },
      ],
    }),
  );
  const club = kind === "member-started";
  const organisation = await ask(
    textQuestion({ key: "community.organisation", message: club ? "Does an organisation support it? (its name, optional)" : "Which brand, company or cause runs it? (optional)", default: "", parse: optionalText }),
  );
  const purpose = await ask(
    textQuestion({
      key: "community.purpose",
      message: "Why does it exist, in a sentence?",
      default: club ? "A place where members meet, help each other and share what they make." : "A place where members help each other, share what they make and shape what we build next.",
      parse: (raw) => text(raw, "the purpose"),
    }),
  );
  const memberValue = await ask(
    textQuestion({
      key: "community.memberValue",
      message: "What do members get from it? (separate with ;)",
      default: club
        ? ["Company of people who share the interest", "Help from members who have done it before", "Recognition for what they make and share"]
        : ["Answers from peers who have solved the same problem", "A direct line to the team behind the product", "Recognition for helping others"],
      parse: (raw) => list(raw, ";"),
      show: (value) => value.join("; "),
    }),
  );
  const timeZone = await ask(timeZoneQuestion("community.timeZone", "Where is the team's home?", context.systemTimeZone));
  const communityLanguages = await ask(languagesQuestion("community.languages", "Which languages does the community use?", ["en"]));
  const members = await askTeam(ask, kind);
  return {
    name,
    ...(organisation ? { organisation } : {}),
    purpose,
    ...(memberValue.length > 0 ? { memberValue } : {}),
    kind,
    timeZone,
    languages: communityLanguages,
    team: { members },
  };
}
