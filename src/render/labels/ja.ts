// ja: a catalogue under way. The sections given here are complete; the others are English until
// they are written (lint's document-language warns for "ja" meanwhile). Write a missing section as
// Japanese speakers write it, with the same keys as labels/en.ts.
import type { PartialLabels } from "./partial.js";

export const ja = {
  locale: { tag: "ja", dates: "ja", decimal: ".", group: ",", minimumGroupingDigits: 1 },
} satisfies PartialLabels;
