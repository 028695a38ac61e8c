// Guidelines: a sound default rule set and consequence ladder to keep or trim, in every
// language of the community. Texts ship for en, nl, nb, sv, de, fr and es; for any other
// language the wizard asks for each text, so no language is left without the rules.
import type { Community, GuidelineRule, Guidelines, LocalizedText } from "../../plan/types.js";
import { confirmQuestion, multiQuestion, textQuestion } from "../builders.js";
import { guidelineTexts, ruleIds, textsFor, type RuleId } from "../catalogues/guideline-texts.js";
import type { Ask } from "../question.js";
import { text } from "../validators.js";

const english = guidelineTexts.en!;

export async function askGuidelines(ask: Ask, community: Community): Promise<Guidelines> {
  const kept = await ask(
    multiQuestion<RuleId>({
      key: "guidelines.rules",
      message: "These rules suit most communities. Keep which? (you can edit the wording in the file)",
      what: "default rules",
      default: [...ruleIds],
      choices: ruleIds.map((id) => ({ value: id, name: english.rules[id].title, description: english.rules[id].explanation })),
    }),
  );
  const ladder = await ask(
    confirmQuestion({ key: "guidelines.consequences", message: `Keep the consequence ladder: ${english.consequences.join(" → ")}?`, default: true }),
  );
  const translate = translator(ask, community.languages);
  const rules: GuidelineRule[] = [];
  for (const id of kept) {
    rules.push({ id, title: await translate(`rules.${id}.title`, (t) => t.rules[id].title), explanation: await translate(`rules.${id}.explanation`, (t) => t.rules[id].explanation) });
  }
  const consequences: LocalizedText[] = [];
  if (ladder) {
    for (const step of [0, 1, 2, 3] as const) consequences.push(await translate(`consequences[${step}]`, (t) => t.consequences[step]));
  }
  const reporting = await translate("reporting", (t) => t.reporting);
  return { rules, ...(consequences.length > 0 ? { consequences } : {}), reporting };
}

/**
 * Builds one text in every community language: plain text for a one-language community, a map
 * from tag to text otherwise. A language without shipped texts is asked for, keyed by language.
 */
function translator(ask: Ask, languages: readonly string[]) {
  return async (key: string, pick: (texts: (typeof guidelineTexts)[string]) => string): Promise<LocalizedText> => {
    const byLanguage: Record<string, string> = {};
    for (const tag of languages) {
      const shipped = textsFor(tag);
      byLanguage[tag] = shipped
        ? pick(shipped)
        : await ask(
            textQuestion({
              key: `guidelines.translations.${tag}.${key}`,
              message: `In ${tag}: "${pick(english)}"`,
              default: undefined,
              parse: (raw) => text(raw, `the text in ${tag}`),
            }),
          );
    }
    return languages.length === 1 ? byLanguage[languages[0]!]! : byLanguage;
  };
}
