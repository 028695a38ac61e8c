// The one way the project turns a name into an id: wizard ids (personas, channels, guideline
// rules …), the community part of ICS UIDs. Letters are kept, not dropped: "Strikkeklubben
// Nøstet" → "strikkeklubben-nostet".

/**
 * Latin letters that Unicode decomposition (NFKD) leaves whole, spelled as the Unicode CLDR
 * "Latin-ASCII" transform spells them (common/transforms/Latin-ASCII.xml). Accented letters (é, å,
 * ü, ñ …) need no entry: NFKD splits off their accent, which is then dropped.
 */
const LATIN_ASCII: Readonly<Record<string, string>> = {
  æ: "ae",
  ø: "o",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ŀ: "l",
  ħ: "h",
  ı: "i",
  ĳ: "ij",
  ŋ: "n",
  ŧ: "t",
  ƒ: "f",
};
const LATIN_ASCII_PATTERN = new RegExp(`[${Object.keys(LATIN_ASCII).join("")}]`, "g");

/** "Indie Developer (EU)" → "indie-developer-eu"; "Bjørn's Café" → "bjorn-s-cafe"; "item" when nothing usable is left. */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(LATIN_ASCII_PATTERN, (letter) => LATIN_ASCII[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return slug || "item";
}

/** The slug of `name`, with -2, -3 … appended when it is already taken. */
export function uniqueId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(name);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
