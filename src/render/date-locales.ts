import type { Locale } from "date-fns";
import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { es } from "date-fns/locale/es";
import { fr } from "date-fns/locale/fr";
import { nb } from "date-fns/locale/nb";
import { nl } from "date-fns/locale/nl";
import { sv } from "date-fns/locale/sv";
import { catalogueLanguage } from "./labels/index.js";

// Only the languages we have labels for; anything else reads dates the British way, day first.
const locales: Record<string, Locale> = { de, en: enGB, es, fr, nb, nl, sv };

export function dateLocale(lang: string): Locale {
  return locales[catalogueLanguage(lang) ?? "en"] ?? enGB;
}
