// Guidelines: a sound default rule set and consequence ladder to keep or trim, in every
// language of the community. Texts ship for en, nl, nb, sv, de, fr and es; for any other
// language the wizard asks for each text, so no language is left without the rules.
import type { Community, GuidelineRule, Guidelines, LocalizedText } from "../../plan/types.js";
import { confirmQuestion, multiQuestion, textQuestion } from "../builders.js";
import { guidelineTexts, ruleIds, textsFor, type RuleId } from "../catalogues/guideline-texts.js";
import type { Ask } from "../question.js";
import { uniqueId } from "../../util/slug.js";
import { list, text } from "../validators.js";
import { languageName } from "../../util/name-table.js";

const english = guidelineTexts.en!;

export async function askGuidelines(ask: Ask, community: Community): Promise<Guidelines> {
  // Shown in the community's first language when the tool has texts for it.
  const shown = textsFor(community.languages[0]!) ?? english;
  const kept = await ask(
    multiQuestion<RuleId>({
      key: "guidelines.rules",
      message: "These rules suit most communities. Keep which? (you can edit the wording in the file)",
      what: "default rules",
      default: [...ruleIds],
      choices: ruleIds.map((id) => ({ value: id, name: shown.rules[id].title, description: shown.rules[id].explanation })),
      min: 0,
    }),
  );
  const first = community.languages[0]!;
  const custom = await ask(
    textQuestion({
      key: "guidelines.custom",
      message: kept.length === 0 ? `Then write your own rules (in ${languageName(first)}, separate with ;)` : `Any rules of your own? (in ${languageName(first)}, separate with ;, or leave empty)`,
      default: kept.length === 0 ? undefined : ([] as string[]),
      parse: (raw) => {
        const items = list(raw, ";");
        // Guidelines need at least one rule: kept from the defaults or written here.
        return items.ok && items.value.length === 0 && kept.length === 0 ? { ok: false, message: "Keep a default rule or write one of your own." } : items;
      },
      show: (value) => value.join("; "),
    }),
  );
  const ladder = await ask(
    confirmQuestion({ key: "guidelines.consequences", message: `Keep the consequence ladder: ${shown.consequences.join(" → ")}?`, default: true }),
  );
  const translate = translator(ask, community.languages);
  const rules: GuidelineRule[] = [];
  for (const id of kept) {
    rules.push({ id, title: await translate(`rules.${id}.title`, (t) => t.rules[id].title), explanation: await translate(`rules.${id}.explanation`, (t) => t.rules[id].explanation) });
  }
  for (const [j, title] of custom.entries()) {
    const translated: Record<string, string> = { [first]: title };
    for (const tag of community.languages.slice(1)) {
      translated[tag] = await ask(
        textQuestion({ key: `guidelines.translations.${tag}.custom[${j}]`, message: `Your rule "${title}" in ${languageName(tag)}:`, default: undefined, parse: (raw) => text(raw, `the rule in ${languageName(tag)}`) }),
      );
    }
    rules.push({ id: uniqueId(title, rules.map((rule) => rule.id)), title: community.languages.length === 1 ? title : translated });
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
              message: `In ${languageName(tag)}: "${pick(english)}"`,
              default: undefined,
              parse: (raw) => text(raw, `the text in ${languageName(tag)}`),
            }),
          );
    }
    return languages.length === 1 ? byLanguage[languages[0]!]! : byLanguage;
  };
}
