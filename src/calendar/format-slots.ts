// The slot finder's answer for people (text) and for tools (JSON).
import type { ReasonableHours } from "./audience.js";
import type { ItemSlots } from "./item-slots.js";
import type { SlotScore } from "../time/slots.js";

export interface SlotReport {
  kind: "series" | "event";
  id: string;
  title: string;
  timeZone: string;
  from: string;
  to: string;
  hours: ReasonableHours;
  recording: boolean;
  slots: ItemSlots;
  top: number;
}

function line(score: SlotScore, zoneCount: number): string {
  const zones = score.localTimes.map((z) => `${z.timeZone} ${z.times}${z.inside ? "" : " ✗"}`).join(", ");
  const host = score.hostInside ? "" : " (outside the host's hours)";
  return `${score.time}  ${score.fits.length}/${zoneCount} time zones${host}  ${zones}`;
}

export function formatSlotsText(report: SlotReport): string {
  const { request, current, result } = report.slots;
  const zoneCount = request.zones.length;
  const out = [
    `${report.title} (${report.id}), ${report.timeZone}, ${report.from === report.to ? `on ${report.from}` : `${report.from} to ${report.to}`}`,
    `Audience time zones: ${request.zones.join(", ") || "none"}`,
    `Reasonable hours: ${report.hours.start}–${report.hours.end} local; ${result.states.length} DST ${result.states.length === 1 ? "state" : "states"} in the range.`,
    "",
    `Now:  ${line(current, zoneCount)}`,
    "",
    `Best start times (${report.timeZone}):`,
    ...result.ranked.slice(0, report.top).map((score, i) => `${String(i + 1).padStart(2)}. ${line(score, zoneCount)}`),
    "",
  ];
  if (result.suitsEveryone) {
    out.push(`${result.ranked[0]?.time} suits every time zone of the audience.`);
  } else {
    out.push(`No start time suits every time zone of the audience.`);
    if (result.rotation) {
      const [a, b] = [result.rotation[0].time, result.rotation[1].time];
      // A series can take turns; a one-off event has to happen twice to reach everyone.
      out.push(
        report.kind === "series"
          ? `Rotation: alternate ${a} and ${b}; together they cover all ${zoneCount} time zones.`
          : `Two sessions: run it at ${a} and at ${b}; together they cover all ${zoneCount} time zones.`,
      );
    }
    if (!report.recording) out.push("Recording: add `recording: true` so members who cannot attend live can catch up.");
  }
  return `${out.join("\n")}\n`;
}

export function formatSlotsJson(report: SlotReport): string {
  const { request, current, result } = report.slots;
  const data = {
    id: report.id,
    title: report.title,
    timeZone: report.timeZone,
    range: { from: report.from, to: report.to },
    reasonableHours: report.hours,
    zones: request.zones,
    dstStates: result.states,
    current,
    ranked: result.ranked.slice(0, report.top),
    suitsEveryone: result.suitsEveryone,
    rotation: result.rotation?.map((s) => s.time) ?? null,
    suggestRecording: !result.suitsEveryone && !report.recording,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
