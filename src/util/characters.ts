/**
 * The text's characters as code points, so an emoji or a CJK character counts once where
 * UTF-16 would count two. Widths and cut-offs use it; grapheme clusters (a flag, a family emoji)
 * still count as several, which only makes such a label a little shorter.
 */
export function characters(text: string): string[] {
  return Array.from(text);
}
