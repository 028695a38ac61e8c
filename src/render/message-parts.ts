// Plain text cut into messages a chat or group accepts whole: a Discord message holds at most
// 2,000 characters. Cuts fall between paragraphs where they can, then between lines, and only
// inside a line that is longer than a whole message.

/** Discord's limit for one message. */
export const MESSAGE_LIMIT = 2000;

/** `— 1/3 —`: the line that heads each part when there is more than one. */
export function partHeading(index: number, count: number): string {
  return `— ${index + 1}/${count} —`;
}

/**
 * The text as one or more parts, each (with its heading) at most `limit` characters. One part
 * comes back as the text alone; several are each headed `— 1/3 —`, with two blank lines between.
 * Characters are counted as UTF-16 units, which is never fewer than a chat counts.
 */
export function splitIntoMessages(text: string, limit = MESSAGE_LIMIT): string {
  const body = text.trim();
  if (body.length <= limit) return `${body}\n`;
  // Room for a heading of any width up to "— 999/999 —" and the blank line after it.
  const parts = pack(body, limit - partHeading(998, 999).length - 2);
  return `${parts.map((part, index) => `${partHeading(index, parts.length)}\n\n${part}`).join("\n\n\n")}\n`;
}

/** Blocks packed greedily into parts of at most `room` characters. */
function pack(body: string, room: number): string[] {
  const parts: string[] = [];
  let current = "";
  const add = (piece: string, separator: string) => {
    if (current === "") current = piece;
    else if (current.length + separator.length + piece.length <= room) current += separator + piece;
    else {
      parts.push(current);
      current = piece;
    }
  };
  for (const block of keepHeadingsWithText(body.split(/\n{2,}/))) {
    if (block.length <= room) {
      add(block, "\n\n");
      continue;
    }
    // A block longer than a message: start it in a part of its own, then line by line.
    if (current !== "") parts.push(current);
    current = "";
    for (const line of block.split("\n")) for (const piece of cutLine(line, room)) add(piece, "\n");
  }
  if (current !== "") parts.push(current);
  return parts;
}

/** A one-line block (a heading, a short lead-in) joins the block after it, so no part ends with it. */
function keepHeadingsWithText(blocks: string[]): string[] {
  const joined: string[] = [];
  let pending = "";
  for (const block of blocks) {
    if (pending !== "") {
      joined.push(`${pending}\n\n${block}`);
      pending = "";
    } else if (!block.includes("\n")) {
      pending = block;
    } else {
      joined.push(block);
    }
  }
  if (pending !== "") joined.push(pending);
  return joined;
}

/** A line longer than `room`, cut after the last space or sentence end that fits, else hard. */
function cutLine(line: string, room: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > room) {
    const window = rest.slice(0, room + 1);
    const space = window.lastIndexOf(" ");
    // Japanese and Chinese sentences have no spaces: their full stops are the places to cut.
    const sentence = Math.max(window.lastIndexOf("。"), window.lastIndexOf("！"), window.lastIndexOf("？"));
    const cut = Math.max(space, sentence >= 0 ? sentence + 1 : -1);
    let at = cut > 0 && cut <= room ? cut : room;
    // Never between the two halves of a character outside the BMP (an emoji).
    if (at === room && /[\ud800-\udbff]/.test(rest.charAt(at - 1))) at -= 1;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}
