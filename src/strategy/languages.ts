// Language tags are compared in canonical form, so `pt-br` and `pt-BR` are the same language.

// Plans repeat a handful of tags thousands of times (every persona, channel and moderator), and
// each Intl call costs microseconds; the answers never change, so keep them.
const canonicalForms = new Map<string, string | undefined>();

/** The canonical form of a BCP 47 tag, or undefined when it is not a valid tag. */
export function canonicalTag(tag: string): string | undefined {
  if (canonicalForms.has(tag)) return canonicalForms.get(tag);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    canonical = undefined;
  }
  if (canonicalForms.size >= 10_000) canonicalForms.clear();
  canonicalForms.set(tag, canonical);
  return canonical;
}

function key(tag: string): string {
  return (canonicalTag(tag) ?? tag).toLowerCase();
}

/**
 * Whether someone who uses `a` can serve a community that uses `b`: the same tag, or one is a
 * more specific form of the other (`en-GB` and `en`). `zh-Hant` and `zh-Hans` stay different.
 */
export function sameLanguage(a: string, b: string): boolean {
  const [x, y] = [key(a), key(b)];
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}

export function coversLanguage(tags: readonly string[], language: string): boolean {
  return tags.some((tag) => sameLanguage(tag, language));
}
