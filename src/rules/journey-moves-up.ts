import { defineRule } from "./define-rule.js";

export default defineRule({
  id: "journey-moves-up",
  kind: "strategy",
  defaultSeverity: "warning",
  docs: {
    description: "Every journey level but the last names at least one activity that moves members up.",
    why: "Members do not climb from newcomer to contributor by themselves: someone welcomes them, recognises their first answer, asks them to host. A level with nothing in `moveUp` is where the journey stops, and the levels above it will only ever hold the people who were there at the start.",
    failing: "engagement:\n  recognition:\n    - id: helper-of-the-month\n      name: Helper of the month\njourney:\n  levels:\n    - id: newcomer\n      name: Newcomer\n      description: Posted for the first time\n      moveUp: []\n    - id: helper\n      name: Helper\n      description: Answers other members' questions\n      moveUp: []\n",
    fixed: "engagement:\n  recognition:\n    - id: helper-of-the-month\n      name: Helper of the month\njourney:\n  levels:\n    - id: newcomer\n      name: Newcomer\n      description: Posted for the first time\n      moveUp: [helper-of-the-month]\n    - id: helper\n      name: Helper\n      description: Answers other members' questions\n      moveUp: []\n",
  },
  messages: {
    noWayUp: 'Nothing moves members up from the level "{{id}}"; name in `moveUp` the activities that invite them to "{{next}}".',
  },
  check({ plan, report }) {
    const levels = plan.journey?.levels ?? [];
    levels.slice(0, -1).forEach((level, index) => {
      if (level.moveUp.length === 0) {
        report({ messageId: "noWayUp", path: ["journey", "levels", index, "moveUp"], data: { id: level.id, next: levels[index + 1]!.id } });
      }
    });
  },
});
