// The strategy document's view model: the plan resolved into what a reader needs (names instead
// of ids, target values computed from relative changes, the persona × channel map with reasons).
// Every field is present — null or [] when the plan leaves it out — so strict templates can use
// `{{#if}}` on any of them and a typo is an error, not a blank.
import type { Plan } from "../../plan/types.js";
import type { EngagementView, StrategyView } from "./strategy-view-model.js";
import { languageName } from "../format.js";
import { channelMapMermaid } from "../diagrams/channel-map-mermaid.js";
import { channelMapSvg } from "../diagrams/channel-map-svg.js";
import { timelineMermaid } from "../diagrams/timeline-mermaid.js";
import { timelineSvg } from "../diagrams/timeline-svg.js";
import { buildChannelMap } from "./channel-map.js";
import { buildContentView } from "./content-view.js";
import { channelDescription, enumLabel, humanize, platformName } from "../../plan/enum-labels.js";
import { buildGuidelinesView } from "./guidelines-view.js";
import { guidelineLanguages } from "./localized.js";
import { buildProgressView } from "./progress-view.js";
import { buildTargetView } from "./targets.js";
import { buildMetrics } from "./metrics-view.js";
import type { ProgressReport } from "../../progress/types.js";
import { teamSize } from "../../strategy/team-size.js";
import { goalsByPriority } from "../../strategy/goals-by-priority.js";
import { buildCalendar, type Calendar } from "../../calendar/entries.js";
import { resolveRange } from "../../time/date-range.js";
import { buildGoalRoutes, ROUTE_WORDS } from "./goal-routes.js";
import { buildJourney } from "./journey-view.js";
import { buildPeople } from "./people-view.js";
import { quarterRuns } from "./quarter-runs.js";
import { buildBudget, buildPartners, buildRisks } from "./register-view.js";
import { buildSummary } from "./summary-view.js";

const names = (tags: readonly string[] | undefined) => (tags ?? []).map((tag) => languageName(tag));

/**
 * `progress`: what `render --actuals` measured; the document gets a progress section then.
 * `nextQuarter`: the calendar of the quarter after `today`, when the caller already built it.
 */
export function buildStrategyView(plan: Plan, today: string, progress?: ProgressReport, nextQuarter?: Calendar): StrategyView {
  const c = plan.community;
  const personaName = (id: string) => plan.personas.find((p) => p.id === id)?.name ?? id;
  const targets = plan.targets.map((t) => buildTargetView(t, plan));
  const firstLanguage = c.languages[0] ?? "en";
  const guidelines = plan.guidelines ? buildGuidelinesView(plan, firstLanguage, today) : null;
  const team = teamSize(c.team);
  const quarter = quarterRuns(plan, nextQuarter ?? buildCalendar(plan, resolveRange({ today })));
  const routes = buildGoalRoutes(plan, quarter);
  return {
    today,
    summary: buildSummary(plan, targets, quarter),
    community: {
      name: c.name,
      organisation: c.organisation ?? null,
      purpose: c.purpose,
      memberValue: c.memberValue ?? [],
      kind: enumLabel("kind", c.kind),
      timeZone: c.timeZone,
      languages: names(c.languages),
      team: { people: team.people, hoursPerWeek: Math.round(team.hoursPerWeek * 10) / 10 },
    },
    horizon: plan.horizon ? { start: plan.horizon.start, end: plan.horizon.end } : null,
    goals: goalsByPriority(plan.goals).map((g) => ({
      id: g.id,
      title: g.title,
      category: enumLabel("category", g.category),
      description: g.description ?? null,
      priority: g.priority ?? null,
      priorityLabel: g.priority === undefined ? null : ROUTE_WORDS.priority(g.priority),
      targets: targets.filter((t) => plan.targets.find((p) => p.id === t.id)?.goal === g.id),
      route: routes.get(g.id)!,
    })),
    targets,
    progress: progress ? buildProgressView(progress) : null,
    personas: plan.personas.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description ?? null,
      ageRange: p.ageRange ?? null,
      regions: p.regions ?? [],
      languages: names(p.languages),
      timeZones: p.timeZones,
      interests: p.interests ?? [],
      needs: p.needs ?? [],
      painPoints: p.painPoints ?? [],
      communication: enumLabel("communication", p.communication),
      preferredPlatforms: p.preferredPlatforms ?? [],
      channels: plan.channels.filter((ch) => ch.audience?.includes(p.id)).map((ch) => ch.name),
    })),
    channels: plan.channels.map((ch) => ({
      id: ch.id,
      name: ch.name,
      platform: platformName(ch.platform),
      kind: enumLabel("channelKind", ch.kind),
      description: channelDescription(ch),
      purpose: ch.purpose ?? null,
      audience: (ch.audience ?? []).map(personaName),
      languages: names(ch.languages),
      owner: ch.owner ?? null,
    })),
    channelMap: buildChannelMap(plan),
    content: buildContentView(plan),
    engagement: buildEngagement(plan),
    guidelines: guidelines && { ...guidelines, languages: names(guidelineLanguages(plan)) },
    moderation: plan.moderation
      ? {
          moderators: guidelines?.moderators ?? [],
          responseTime: plan.moderation.responseTime,
          escalation: plan.moderation.escalation ?? null,
        }
      : null,
    launch: plan.launch
      ? {
          date: plan.launch.date ?? null,
          steps: (plan.launch.steps ?? []).map((s) => ({ title: s.title, due: s.due ?? null, owner: s.owner ?? null })),
        }
      : null,
    review: plan.review
      ? {
          cadence: enumLabel("cadence", plan.review.cadence),
          feedback: (plan.review.feedback ?? []).map(humanize),
          qualitativeSignals: (plan.review.qualitativeSignals ?? []).map(humanize),
          owner: plan.review.owner ?? null,
        }
      : null,
    metrics: buildMetrics(plan, targets, progress),
    diagrams: {
      channelMap: channelMapMermaid(plan),
      channelMapSvg: channelMapSvg(plan),
      timeline: timelineMermaid(plan),
      timelineSvg: timelineSvg(plan),
    },
    journey: buildJourney(plan, targets),
    people: buildPeople(plan),
    budget: buildBudget(plan),
    risks: buildRisks(plan),
    partners: buildPartners(plan),
  };
}


function buildEngagement(plan: Plan): EngagementView | null {
  const e = plan.engagement;
  if (!e) return null;
  return {
    welcome: e.welcome ?? null,
    recognition: (e.recognition ?? []).map((t) => ({ name: t.name, description: t.description ?? null, reward: t.reward ?? null })),
    gamification: (e.gamification ?? []).map((g) => ({ mechanic: enumLabel("mechanic", g.mechanic), description: g.description ?? null })),
    contests: (e.contests ?? []).map((k) => ({
      title: k.title,
      start: k.start ?? null,
      end: k.end ?? null,
      prize: k.prize ?? null,
      rules: k.rules ?? null,
      /** Only http(s) addresses become links: a `javascript:` URL in a plan must stay text. */
      rulesUrl: k.rules && /^https?:\/\/\S+$/.test(k.rules) ? k.rules : null,
      jurisdictions: k.jurisdictions ?? [],
      legalReview: k.legalReview ?? null,
    })),
    tactics: (e.tactics ?? []).map((t) => ({ name: t.name, description: t.description ?? null, reward: t.reward ?? null })),
  };
}
