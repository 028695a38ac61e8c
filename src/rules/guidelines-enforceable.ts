import { defineRule } from "./define-rule.js";

export default defineRule({
  id: "guidelines-enforceable",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "Guidelines should say what happens when a rule is broken and how members report a problem.",
    why: "Rules without consequences are suggestions, and moderators who improvise the consequences look arbitrary. A published ladder (a reminder, a warning, a suspension, a ban) makes moderation predictable and fair, and a clear way to report problems lets members help instead of leaving or fighting back. When the community is one you join (`community.kind: joining-existing`), the host's rules and moderators apply and this rule does not fire; plan instead how the team shows up there: who posts, in which languages, how fast they answer in the host's channels, and which of the host's rules matter most for your posts.",
    failing: "guidelines:\n  rules:\n    - id: be-kind\n      title: Be kind\n",
    fixed: "guidelines:\n  rules:\n    - id: be-kind\n      title: Be kind\n  consequences:\n    - A reminder\n    - A written warning\n    - A ban\n  reporting: Flag the post, or e-mail the moderators.\n",
  },
  messages: {
    noConsequences: "The guidelines do not say what happens when a rule is broken; add a consequence ladder.",
    noReporting: "The guidelines do not say how members report a problem; add reporting.",
  },
  check({ plan, report }) {
    // In someone else's community the host's guidelines and moderation apply.
    if (plan.community.kind === "joining-existing") return;
    const guidelines = plan.guidelines;
    // Missing guidelines altogether are guidelines-languages' finding.
    if (!guidelines) return;
    if (!guidelines.consequences?.length) report({ messageId: "noConsequences", path: ["guidelines"], at: "key" });
    if (guidelines.reporting === undefined || guidelines.reporting === "") report({ messageId: "noReporting", path: ["guidelines"], at: "key" });
  },
});
