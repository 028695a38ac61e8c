import type { Labels } from "./en.js";

/** A catalogue under way: whole sections, each complete; the sections it leaves out are English. */
export type PartialLabels = { readonly [S in keyof Labels]?: Labels[S] };
