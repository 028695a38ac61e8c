import type { Plan } from "../../plan/types.js";
import { languageName } from "../format.js";
import { describeCadence } from "./cadence.js";
import { enumLabel } from "./enum-labels.js";
import type { Labels } from "../labels/index.js";

export function buildContentView(plan: Plan, L: Labels) {
  const content = plan.content;
  const channelName = (id: string) => plan.channels.find((c) => c.id === id)?.name ?? id;
  const pillarName = (id: string | undefined) => (id ? (content?.pillars?.find((p) => p.id === id)?.name ?? id) : null);
  const personaNames = (ids: string[] | undefined) => (ids ?? []).map((id) => plan.personas.find((p) => p.id === id)?.name ?? id);
  const zone = (tz: string | undefined) => tz ?? plan.community.timeZone;
  return {
    pillars: (content?.pillars ?? []).map((p) => ({
      name: p.name,
      description: p.description ?? null,
      formats: (p.formats ?? []).map((f) => enumLabel(L, "format", f)!),
      series: (content?.series ?? []).filter((s) => s.pillar === p.id).map((s) => s.title),
    })),
    series: (content?.series ?? []).map((s) => ({
      title: s.title,
      description: s.description ?? null,
      channel: channelName(s.channel),
      format: enumLabel(L, "format", s.format),
      pillar: pillarName(s.pillar),
      cadence: describeCadence(s.cadence, L),
      localTime: s.localTime,
      timeZone: zone(s.timeZone),
      duration: s.duration ?? null,
      audience: personaNames(s.audience),
      languages: (s.languages ?? []).map((tag) => languageName(tag, L.locale.tag)),
      recording: s.recording ?? false,
      owner: s.owner ?? null,
      start: s.start ?? null,
      end: s.end ?? null,
    })),
    events: (content?.events ?? []).map((e) => ({
      title: e.title,
      description: e.description ?? null,
      date: e.date,
      localTime: e.localTime,
      timeZone: zone(e.timeZone),
      duration: e.duration ?? null,
      channel: channelName(e.channel),
      format: enumLabel(L, "format", e.format),
      pillar: pillarName(e.pillar),
      audience: personaNames(e.audience),
      recording: e.recording ?? false,
      owner: e.owner ?? null,
      location: e.location ?? null,
    })),
    blackouts: (content?.blackouts ?? []).map((b) => ({
      from: b.from,
      to: b.to ?? null,
      reason: b.reason ?? null,
      // Without `stops` a blackout pauses everything, and says nothing more.
      stops: b.stops && b.stops.length > 0 ? L.strategy.quietStops(L.words.list(b.stops.map((format) => enumLabel(L, "format", format)!))) : null,
    })),
    // The codes as written: the calendar names each holiday; here the reader learns whose count.
    holidays: content?.holidays !== undefined && content.holidays.length > 0 ? content.holidays.join(", ") : null,
  };
}
