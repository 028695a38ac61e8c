// Language tags are compared in canonical form, so `pt-br` and `pt-BR` are the same language.

/** The canonical form of a BCP 47 tag, or undefined when it is not a valid tag. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
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
