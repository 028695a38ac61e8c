import { audienceZones, LIVE_FORMATS } from "../calendar/audience.js";
import { currentSlot, defaultWindow } from "../calendar/item-slots.js";
import { findSlots, type SlotResult } from "../time/slots.js";
import { itemPath, planItems } from "../calendar/plan-items.js";
import { isTimeZone } from "../time/zone-names.js";
import { defineRule } from "./define-rule.js";

export default defineRule({
  id: "live-session-hours",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "Live sessions should start within reasonable hours for every time zone of their audience, or be recorded.",
    why: "A live Q&A at 03:00 for half its audience tells those members the community is not for them. Move it to a time that suits more of them, rotate between two times, or share a recording. Reasonable hours are 08:00–22:00 local unless the plan sets `lint.reasonableHours`; a persona's `activeHours` replace them in its time zones (an audience of night-shift workers or students keeps other hours). When every persona of the audience gives a `size`, the suggested time favours the time zones with more people.",
    failing:
      "personas:\n  - id: member\n    name: Member\n    languages: [en]\n    timeZones: [Europe/Amsterdam, America/Los_Angeles]\n    communication: mixed\n    preferredPlatforms: [discourse]\ncontent:\n  series:\n    - id: office-hours\n      title: Office hours\n      channel: forum\n      format: live-qa\n      cadence: { every: week, weekdays: [thu] }\n      localTime: \"10:00\"\n      timeZone: Europe/Amsterdam\n      audience: [member]\n",
    fixed:
      "personas:\n  - id: member\n    name: Member\n    languages: [en]\n    timeZones: [Europe/Amsterdam, America/Los_Angeles]\n    communication: mixed\n    preferredPlatforms: [discourse]\ncontent:\n  series:\n    - id: office-hours\n      title: Office hours\n      channel: forum\n      format: live-qa\n      cadence: { every: week, weekdays: [thu] }\n      localTime: \"18:00\"\n      timeZone: Europe/Amsterdam\n      audience: [member]\n",
  },
  messages: {
    outside:
      '"{{id}}" at {{time}} {{timeZone}} falls outside reasonable hours ({{hours}}) in {{zones}} and is not recorded; {{advice}}.',
  },
  check({ plan, options, report }) {
    const hours = options.reasonableHours;
    for (const entry of planItems(plan)) {
      const { item } = entry;
      if (!LIVE_FORMATS.has(item.format) || item.recording === true) continue;
      const timeZone = item.timeZone ?? plan.community.timeZone;
      const zones = audienceZones(plan, item.audience);
      // Unknown zones are another rule's business; judging with a guessed offset would mislead.
      if (zones.length === 0 || ![timeZone, ...zones].every(isTimeZone)) continue;
      const judged = currentSlot(plan, entry, timeZone, defaultWindow(plan, entry, options.today), hours);
      if (!judged) continue;
      const outside = judged.current.localTimes.filter((z) => !z.inside);
      if (outside.length === 0) continue;
      // Ranking every other start time is the costly part: only a finding needs it, for advice.
      const result = findSlots(judged.request, judged.states);
      const best = result.ranked[0];
      report({
        messageId: "outside",
        path: [...itemPath(entry), "localTime"],
        data: {
          id: item.id,
          time: item.localTime,
          timeZone,
          // A persona's activeHours may judge a zone by other hours than the plan's.
          hours: [...new Set(outside.map((z) => judged.request.zoneHours?.[z.timeZone] ?? hours).map((h) => `${h.start}–${h.end}`))].join(", "),
          zones: outside.map((z) => `${z.timeZone} (${z.times})`).join(", "),
          best: best?.time ?? "",
          bestShare: best ? `${best.fits.length}/${zones.length}` : "",
          advice: advice(result, zones.length, entry.kind),
        },
      });
    }
  },
});

function advice(
  result: SlotResult,
  zoneCount: number,
  kind: "series" | "event",
): string {
  const best = result.ranked[0];
  if (!best) return "add recording: true";
  if (result.suitsEveryone) return `${best.time} suits all ${zoneCount} time zones`;
  const rotation = !result.rotation
    ? ""
    : kind === "series"
      ? `, alternate ${result.rotation[0].time} and ${result.rotation[1].time}`
      : `, run it twice (${result.rotation[0].time} and ${result.rotation[1].time})`;
  return `no time suits all ${zoneCount} time zones (best ${best.time}, ${best.fits.length}/${zoneCount})${rotation}, or add recording: true`;
}
