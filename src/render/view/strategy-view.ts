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
import { channelDescription, enumLabel, feedbackName, metricName, platformName } from "./enum-labels.js";
import { buildGuidelinesView, moderatorRows } from "./guidelines-view.js";
import { guidelineLanguages } from "./localized.js";
import { buildProgressView } from "./progress-view.js";
import { buildTargetView } from "./targets.js";
import { buildMetrics } from "./metrics-view.js";
import type { ProgressReport } from "../../progress/types.js";
import { teamSize } from "../../strategy/team-size.js";
import { goalsByPriority } from "../../strategy/goals-by-priority.js";
import { buildCalendar, type Calendar } from "../../calendar/entries.js";
import { resolveRange } from "../../time/date-range.js";
import { buildGoalRoutes } from "./goal-routes.js";
import type { Labels } from "../labels/index.js";
import { buildJourney } from "./journey-view.js";
import { buildPeople } from "./people-view.js";
import { quarterRuns } from "./quarter-runs.js";
import { buildBudget, buildPartners, buildRisks } from "./register-view.js";
import { buildSummary } from "./summary-view.js";


/**
 * `progress`: what `render --actuals` measured; the document gets a progress section then.
 * `nextQuarter`: the calendar of the quarter after `today`, when the caller already built it.
 */
export function buildStrategyView(plan: Plan, today: string, L: Labels, progress?: ProgressReport, nextQuarter?: Calendar): StrategyView {
  const lang = L.locale.tag;
  const names = (tags: readonly string[] | undefined) => (tags ?? []).map((tag) => languageName(tag, lang));
  const c = plan.community;
  const personaName = (id: string) => plan.personas.find((p) => p.id === id)?.name ?? id;
  const targets = plan.targets.map((t) => buildTargetView(t, plan, L));
  const firstLanguage = c.languages[0] ?? "en";
  const guidelines = plan.guidelines ? buildGuidelinesView(plan, firstLanguage, today) : null;
  const team = teamSize(c.team);
  const quarter = quarterRuns(plan, nextQuarter ?? buildCalendar(plan, resolveRange({ today })));
  const routes = buildGoalRoutes(plan, quarter, L);
  return {
    today,
    summary: buildSummary(plan, targets, quarter, L),
    community: {
      name: c.name,
      organisation: c.organisation ?? null,
      purpose: c.purpose,
      memberValue: c.memberValue ?? [],
      kind: enumLabel(L, "kind", c.kind),
      timeZone: c.timeZone,
      languages: names(c.languages),
      team: { people: team.people, hoursPerWeek: Math.round(team.hoursPerWeek * 10) / 10 },
    },
    horizon: plan.horizon ? { start: plan.horizon.start, end: plan.horizon.end } : null,
    goals: goalsByPriority(plan.goals).map((g) => ({
      id: g.id,
      title: g.title,
      category: enumLabel(L, "category", g.category),
      description: g.description ?? null,
      priority: g.priority ?? null,
      priorityLabel: g.priority === undefined ? null : L.route.priority(g.priority),
      targets: targets.filter((t) => plan.targets.find((p) => p.id === t.id)?.goal === g.id),
      route: routes.get(g.id)!,
    })),
    targets,
    progress: progress ? buildProgressView(progress, L) : null,
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
      communication: enumLabel(L, "communication", p.communication),
      preferredPlatforms: p.preferredPlatforms ?? [],
      channels: plan.channels.filter((ch) => ch.audience?.includes(p.id)).map((ch) => ch.name),
    })),
    channels: plan.channels.map((ch) => ({
      id: ch.id,
      name: ch.name,
      platform: platformName(ch.platform, L),
      kind: enumLabel(L, "channelKind", ch.kind),
      description: channelDescription(ch, L),
      purpose: ch.purpose ?? null,
      audience: (ch.audience ?? []).map(personaName),
      languages: names(ch.languages),
      owner: ch.owner ?? null,
    })),
    channelMap: buildChannelMap(plan, L),
    content: buildContentView(plan, L),
    engagement: buildEngagement(plan, L),
    guidelines: guidelines && { ...guidelines, languages: names(guidelineLanguages(plan)) },
    moderation: plan.moderation
      ? {
          moderators: moderatorRows(plan, lang),
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
          cadence: enumLabel(L, "cadence", plan.review.cadence),
          feedback: (plan.review.feedback ?? []).map((id) => feedbackName(L, id)),
          qualitativeSignals: (plan.review.qualitativeSignals ?? []).map((signal) => metricName(L, signal)),
          owner: plan.review.owner ?? null,
        }
      : null,
    metrics: buildMetrics(plan, targets, L, progress),
    diagrams: {
      channelMap: channelMapMermaid(plan, L),
      channelMapSvg: channelMapSvg(plan, L),
      timeline: timelineMermaid(plan, L),
      timelineSvg: timelineSvg(plan, L),
    },
    journey: buildJourney(plan, targets, L),
    people: buildPeople(plan, L),
    budget: buildBudget(plan, L),
    risks: buildRisks(plan, L),
    partners: buildPartners(plan, L),
  };
}


function buildEngagement(plan: Plan, L: Labels): EngagementView | null {
  const e = plan.engagement;
  if (!e) return null;
  return {
    welcome: e.welcome ?? null,
    recognition: (e.recognition ?? []).map((t) => ({ name: t.name, description: t.description ?? null, reward: t.reward ?? null })),
    gamification: (e.gamification ?? []).map((g) => ({ mechanic: enumLabel(L, "mechanic", g.mechanic), description: g.description ?? null })),
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
