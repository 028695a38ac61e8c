// The ICS file --output is about to replace: its per-item hashes and SEQUENCE numbers let the new
// export raise SEQUENCE only where something changed. No file, or one that is not a calendar,
// is a first export.
import { readFile } from "node:fs/promises";
import { InputError } from "../core/errors.js";
import { readPreviousItems, type PreviousItem } from "../outputs/calendar/ics-previous.js";

export async function readEarlierExport(target: string, shown: string): Promise<Map<string, PreviousItem> | undefined> {
  let text: string;
  try {
    text = await readFile(target, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new InputError("E_EARLIER_EXPORT", `cannot read the earlier export: ${code ?? String(error)}`, { file: shown });
  }
  // Not a calendar (or an input, which the writer then refuses): nothing to carry over.
  if (!text.replace(/^\uFEFF/, "").startsWith("BEGIN:VCALENDAR")) return undefined;
  return readPreviousItems(text);
}
