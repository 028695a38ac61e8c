// render's warning about untranslated guideline texts and the lint rule guidelines-languages
// must have one notion of "missing": for every case, the texts render says lack a language are
// exactly the texts the rule reports for that language.
// Every catalogue, as the library API has them (the CLI loads the ones a run writes).
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/lint/lint-text.js";
import { renderDocuments } from "../../src/render/documents.js";
import { untranslatedCount } from "../../src/render/view/localized.js";
import { minimalPlan, TODAY } from "../helpers/plans.js";
import { edit } from "../helpers/rule-cases.js";
import { planFromText } from "./render-helpers.js";

const languages = (tags: string) => (p: string) =>
  edit(p, ["  languages: [en]\n  team:", `  languages: [${tags}]\n  team:`], ["      languages: [en]\n      hours", `      languages: [${tags}]\n      hours`]);

const cases: Array<{ name: string; plan: string; missing: Record<string, number>; files: string[] }> = [
  { name: "one language, plain texts", plan: minimalPlan, missing: {}, files: ["guidelines.en.md"] },
  { name: "plain texts and a second language", plan: languages("en, nl")(minimalPlan), missing: { nl: 4 }, files: ["guidelines.en.md"] },
  {
    name: "a regional tag in the plan covers the base language of the community",
    plan: edit(languages("en, nl")(minimalPlan), ["title: Be kind", "title: { en: Be kind, nl-BE: Wees vriendelijk }"]),
    missing: { nl: 3 },
    files: ["guidelines.en.md", "guidelines.nl.md"],
  },
  {
    name: "a base tag in the plan covers a regional community language, in any case",
    plan: edit(
      languages("en, pt-BR")(minimalPlan),
      ["title: Be kind", "title: { en: Be kind, pt: Seja gentil }"],
      ["reporting: Flag the post.", "reporting: { en: Flag the post., pt-br: Denuncie. }"],
    ),
    missing: { "pt-BR": 2 },
    files: ["guidelines.en.md", "guidelines.pt-BR.md"],
  },
  {
    name: "a different script is a different language",
    plan: edit(languages("en, zh-Hant")(minimalPlan), ["title: Be kind", "title: { en: Be kind, zh-Hans: 友善 }"]),
    missing: { "zh-Hant": 4 },
    files: ["guidelines.en.md"],
  },
];

describe("render and guidelines-languages agree on what is missing", () => {
  it.each(cases)("$name", async ({ plan, missing, files }) => {
    const rule = (await lintText(plan, "plan.yaml", { today: TODAY })).diagnostics.filter((d) => d.ruleId === "guidelines-languages");
    const byRule: Record<string, number> = {};
    for (const d of rule) for (const lang of (/is not written in (.+)\.$/.exec(d.message)?.[1] ?? "").split(", ")) byRule[lang] = (byRule[lang] ?? 0) + 1;
    expect(byRule).toEqual(missing);

    // render's count is what its warning "N texts of the guidelines have no "x" version" says.
    const parsed = planFromText(plan);
    const byRender: Record<string, number> = {};
    for (const lang of parsed.community.languages) {
      const count = untranslatedCount(parsed, lang);
      if (count > 0) byRender[lang] = count;
    }
    expect(byRender).toEqual(missing);
    // A language whose every rule title is translated gets its own document.
    const written = renderDocuments(parsed, { format: "md", today: TODAY, only: ["guidelines"] }).files.map((f) => f.name);
    expect(written).toEqual(files);
  });
});
