// The zone table (zone-names.generated.ts) comes from one Node's ICU. A zone it lists that this
// runtime's ICU does not know must be an error, as Intl makes it, never quietly UTC.
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/time/zone-names.generated.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/time/zone-names.generated.js")>();
  return { ...original, LISTED_ZONE_NAMES: [...original.LISTED_ZONE_NAMES, "Mars/Olympus_Mons"] };
});

const { isTimeZone } = await import("../../src/time/zone-names.js");
const { utcOffsetMinutes } = await import("../../src/time/zone-offsets.js");

describe("a zone in the table that the runtime does not know", () => {
  it("is listed, yet has no offset: a RangeError, not UTC", () => {
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(true);
    expect(() => utcOffsetMinutes("Mars/Olympus_Mons", Date.UTC(2027, 0, 1))).toThrow(RangeError);
  });
});
