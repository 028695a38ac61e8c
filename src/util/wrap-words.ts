import { characters } from "./characters.js";

/**
 * Breaks `text` into lines of at most `width` characters at spaces. A word longer than the width
 * gets a line of its own rather than being cut, so nothing the text says is lost.
 */
export function wrapWords(text: string, width: number): string[] {
  return wrapPieces(text.split(" "), width);
}

/**
 * Lines of at most `width` characters made of `pieces` joined by spaces, each piece kept on one
 * line where it fits on one at all (a piece wider than that is broken at its spaces).
 */
export function wrapPieces(pieces: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  const length = (text: string) => characters(text).length;
  for (const piece of pieces.flatMap((p) => (length(p) > width ? p.split(" ") : [p]))) {
    if (piece === "") continue;
    if (line === "") line = piece;
    else if (length(line) + 1 + length(piece) <= width) line += ` ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
