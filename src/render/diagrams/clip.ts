// Labels in the SVG pictures have a fixed width: longer text ends in an ellipsis.
import { characters } from "../../util/characters.js";

/** `text` cut to `max` characters, the last of them an ellipsis when it was longer. */
export function clip(text: string, max: number): string {
  const chars = characters(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
