// Tables generated from one Node's ICU data (zone names, locale words) say exactly what Intl says
// only on a Node with the same data. On any other, a test holding them to Intl would fail for no
// fault of the code, so it skips instead, saying which data differ and how to regenerate.

export interface IcuData {
  readonly icu: string;
  readonly cldr: string;
  readonly tz: string;
}

export function runtimeIcuData(): IcuData {
  const { icu = "none", cldr = "none", tz = "none" } = process.versions;
  return { icu, cldr, tz };
}

/** How the recorded data differ from the runtime's, or undefined when they are the same. */
export function icuDifference(recorded: IcuData, runtime: IcuData = runtimeIcuData()): string | undefined {
  const differ = (["icu", "cldr", "tz"] as const).filter((key) => recorded[key] !== runtime[key]);
  if (differ.length === 0) return undefined;
  return differ.map((key) => `${key} ${recorded[key]} in the table, ${runtime[key]} in this Node`).join(", ");
}

/** A beforeEach hook that skips the tests after it when the table came from other ICU data. */
export function skipUnlessGeneratedFrom(recorded: IcuData, command: string): (context: { skip(note?: string): void }) => void {
  return (context) => {
    const difference = icuDifference(recorded);
    if (difference) context.skip(`generated from other ICU data (${difference}): regenerate with \`${command}\``);
  };
}
