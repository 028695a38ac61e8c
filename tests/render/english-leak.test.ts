// The English-leak test: every example rendered in every built-in language whose text is
// complete must carry no fixed English word. The English catalogue gives the words to look for
// (string labels, and the literal parts of its sentence functions); the plan's own text is masked
// out first, and each language lists the few words it shares with English ("Team", "Budget").
import { describe, expect, it } from "vitest";
import { renderDocuments } from "../../src/render/documents.js";
import { completeLanguages, labelsFor } from "../../src/render/labels/index.js";
import { humanize } from "../../src/render/view/enum-labels.js";
import type { Plan } from "../../src/plan/types.js";
import { documentPlans } from "../helpers/golden-sets.js";
import { TODAY } from "../helpers/plans.js";
import { planFromFile } from "./render-helpers.js";

/** Words a language writes exactly as English does, in documents like these. */
const SAME: Readonly<Record<string, readonly string[]>> = {
  nl: ["document", "over", "week", "contact", "moderators", "utc", "budget", "chat", "community", "content", "forum", "hackathon", "livestream", "meetup", "moderator", "partner", "partners", "persona", "plan", "status", "team", "video", "webinar", "workshop", "badges", "lint", "via", "per", "impact", "escalatie", "data", "post", "feedback"],
  nb: ["over", "for", "pause", "person", "under", "utc", "chat", "forum", "format", "moderator", "partner", "persona", "plan", "status", "team", "video", "webinar", "lint", "per", "post"],
  sv: ["utc", "budget", "community", "format", "moderator", "partner", "person", "persona", "problem", "team", "under", "post"],
  de: ["utc", "budget", "community", "format", "limit", "moderation", "organisation", "partner", "person", "persona", "personas", "plan", "problem", "qualitative", "start", "team"],
  fr: ["utc", "budget", "pause", "contact", "date", "dates", "document", "engagement", "format", "formats", "impact", "minutes", "persona", "personas", "plan", "points", "programme", "question", "second", "source", "public"],
  // "may" is Spanish May, abbreviated as dates write it ("31 may 2027").
  es: ["utc", "legal", "may", "persona", "personas", "plan", "series", "ideas"],
  ja: ["utc"],
};

const MARK = "\u0001";
/** The literal text of a label: a string as it is, a function's output with marked arguments. */
function fragments(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value.replace(/\{\w+\}/g, MARK));
  else if (typeof value === "function") {
    for (const flag of [true, false]) {
      for (const n of [1, 2]) {
        const args = Array.from({ length: (value as (...a: unknown[]) => unknown).length }, (_, i) => (i === 0 ? MARK : typeof n === "number" && i > 3 ? flag : MARK));
        try {
          const text = (value as (...a: unknown[]) => unknown)(...args.map((a, i) => (i === 1 || i === 2 ? (n === 1 ? MARK : n) : a)));
          if (typeof text === "string") out.push(text);
        } catch {
          // A function that needs real arguments (a list) says nothing a string label does not.
        }
      }
    }
  } else if (value && typeof value === "object") for (const v of Object.values(value)) fragments(v, out);
}

const words = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? [];

function englishWords(): Set<string> {
  const texts: string[] = [];
  const { locale: _locale, ...sections } = labelsFor("en");
  fragments(sections, texts);
  return new Set(texts.flatMap(words).filter((w) => w.length >= 3));
}

/** Metric and signal ids the documents name from the catalogue, never humanised: not plan text. */
const wellKnown = new Set(Object.keys(labelsFor("en").metricNames));

/** Every string in the plan, and its ids as the documents humanise them. */
function planTexts(plan: Plan): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      // Documents fold whitespace, cut a sentence's full stop and quote parts of a text: mask the parts too.
      const text = value.replace(/\s+/g, " ").trim();
      const parts = text.split(/(?<=[.!?;:,])\s+|\s*→\s*/).map((p) => p.replace(/[.!?;:,]$/, ""));
      out.push(text, ...parts);
      if (!wellKnown.has(text.toLowerCase())) out.push(humanize(value), humanize(value).toLowerCase());
    } else if (value && typeof value === "object") for (const v of Object.values(value)) walk(v);
  };
  walk(plan);
  return [...new Set(out)].filter((t) => t.length > 1).sort((a, b) => b.length - a.length);
}

/** The document's own words: markup, diagram syntax, zones, addresses and the plan's text taken out. */
function documentText(content: string, format: "md" | "html", masks: readonly string[]): string {
  let text = content;
  if (format === "html") {
    text = text.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ");
    text = text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  } else {
    text = text.replace(/```mermaid[\s\S]*?```/g, " ").replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1");
  }
  text = text.replace(/\s+/g, " ");
  // Whole words only: masking "Helper" must not leave "s" of "Helpers", nor cut a word in two.
  for (const mask of masks) text = text.replace(new RegExp(`(?<![\\p{L}])${mask.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu"), " ");
  return text.replace(/https?:\/\/\S+|\S+@\S+|\b[A-Z][A-Za-z_]+\/[A-Za-z_/+-]+\b/g, " ");
}

const english = englishWords();
const languages = (await completeLanguages()).filter((lang) => lang !== "en");

describe.each(documentPlans())("no English in %s, rendered in another language", (file) => {
  const plan = planFromFile(file);
  const masks = planTexts(plan);
  // What is left of the plan's text after masking (a sentence the document quotes in part) is
  // the plan's words, not ours: an English plan's own "week" is no leak.
  const planWords = new Set(masks.flatMap(words));
  it.each(languages.flatMap((lang) => (["md", "html"] as const).map((format) => [lang, format] as const)))("%s, %s", (lang, format) => {
    const { files } = renderDocuments(plan, { format, today: TODAY, lang });
    const same = new Set(SAME[lang] ?? []);
    const documents = files.filter((f) => !f.name.startsWith("guidelines.") || f.name.startsWith(`guidelines.${lang}.`));
    expect(documents.length).toBeGreaterThan(0);
    const leaks = documents.flatMap((f) =>
      [...new Set(words(documentText(f.content, format, masks)).filter((w) => english.has(w) && !same.has(w) && !planWords.has(w)))].map((w) => `${f.name}: ${w}`),
    );
    expect(leaks).toEqual([]);
  });
});

describe("the leak test can fail", () => {
  it("finds an English label left in a Dutch document", () => {
    const text = documentText("## Doelen\n\nWatched, no target: de groep", "md", []);
    expect(words(text).filter((w) => english.has(w) && !(SAME.nl ?? []).includes(w))).toEqual(["watched", "target"]);
  });

  it("takes a well-known metric left in English for a leak, and a plan's own metric id for plan text", () => {
    const plan = { targets: [{ metric: "monthly-active-members" }, { metric: "active-riders" }] } as unknown as Plan;
    const text = documentText("| Monthly active members | 140 → 200 leden |\n| Active riders | 3 → 5 |", "md", planTexts(plan));
    expect(words(text).filter((w) => english.has(w) && !(SAME.nl ?? []).includes(w))).toEqual(["monthly", "active", "members"]);
  });
});
