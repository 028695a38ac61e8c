/**
 * A name as it stands inside a sentence: "Monthly active members" → "monthly active members".
 * Only the first letter changes, and not in an abbreviation ("NPS-score"), so the rest of a name
 * keeps its capitals ("Leden op Discord" → "leden op Discord").
 */
export function inSentence(name: string): string {
  const [first = "", second = ""] = name;
  if (second !== second.toLowerCase()) return name;
  return first.toLowerCase() + name.slice(first.length);
}
