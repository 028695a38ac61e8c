import { defineRule } from "./define-rule.js";
import { isVanityMetric } from "../strategy/metric-families.js";

const targets = (metric: string, unit: string) =>
  `targets:\n  - id: growth\n    goal: engagement\n    metric: followers\n    baseline: 1000\n    change: "+20%"\n    unit: followers\n    deadline: 2027-06-30\n  - id: second\n    goal: engagement\n    metric: ${metric}\n    baseline: 2\n    change: "+15%"\n    unit: ${unit}\n    deadline: 2027-03-31\n`;

export default defineRule({
  id: "vanity-metrics",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "At least one target measures what members do (engagement, support, retention, contribution), not only size or reach.",
    why: "Members, followers, views and impressions grow with advertising and say little about whether the community works: a big, silent group is not a community. Practitioners measure what members do, in the families of CMX's SPACES (support, product ideas, acquisition, contribution, engagement, success) and CHAOSS's health metrics (time to first response, newcomer retention). When every target counts heads or eyes, add one on engagement, support, retention or contribution. Metrics are classified by the wizard's catalogue and a few common names (members, followers, subscribers, views, impressions, reach, mentions); a metric name the tool does not know is never taken for a vanity metric.",
    failing: targets("page-views", "views"),
    fixed: targets("comments-per-post", "comments"),
  },
  messages: {
    onlyVanity: "Every target counts size or reach ({{metrics}}): add at least one on engagement, support, retention or contribution, such as comments-per-post, first-response-hours or member-retention-90d.",
  },
  check({ plan, report }) {
    if (plan.targets.length === 0 || !plan.targets.every((target) => isVanityMetric(target.metric))) return;
    const metrics = [...new Set(plan.targets.map((target) => target.metric))].join(", ");
    report({ messageId: "onlyVanity", path: ["targets"], at: "key", data: { metrics } });
  },
});
