import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exampleFiles } from "../helpers/plans.js";
import { findings } from "../helpers/rule-cases.js";

// The format rules must see every date and time zone a plan holds. Breaking each one in the
// examples, which use most of the format, must give exactly one finding per broken value; a
// field the rules forgot would show up as a missing finding.
const DATE_VALUE = /^(\s*(?:- )?(?:\{ [^}]*)?[A-Za-z]+: )(\d{4}-\d{2}-\d{2})$/gm;
const ZONE = /(?<=(?:timeZone: |timeZones: \[(?:[^\]]*, )?))[A-Z][A-Za-z_]+\/[A-Za-z_]+/g;

describe("format rules cover every field", () => {
  for (const file of exampleFiles()) {
    const text = readFileSync(file, "utf8");

    it(`${path.basename(file)}: every date field is checked by valid-dates`, async () => {
      let count = 0;
      const broken = text.replace(DATE_VALUE, (_line, prefix: string) => {
        count++;
        return `${prefix}2027-02-30`;
      });
      expect(count).toBeGreaterThan(3);
      const notADate = (await findings(broken)).filter((f) => f.ruleId === "valid-dates" && f.messageId === "notADate");
      expect(notADate).toHaveLength(count);
    });

    it(`${path.basename(file)}: every time zone is checked by valid-time-zones`, async () => {
      let count = 0;
      // Distinct names, so lists of zones stay free of duplicates.
      const broken = text.replace(ZONE, () => `Mars/Zone_${++count}`);
      expect(count).toBeGreaterThan(3);
      const unknown = (await findings(broken)).filter((f) => f.ruleId === "valid-time-zones");
      expect(unknown).toHaveLength(count);
    });
  }
});
