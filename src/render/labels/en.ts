// English is the complete set: every key used by a template must be here; other languages
// may leave keys out and fall back to these.
export const en: Record<string, string> = {
  "guidelines.title": "Community guidelines",
  "guidelines.intro":
    "These guidelines keep {community} a place where people want to be. They apply everywhere the community meets.",
  "guidelines.rules": "Our rules",
  "guidelines.consequences": "What happens when a rule is broken",
  "guidelines.consequencesIntro":
    "Moderators take these steps in order, and may skip steps for serious or repeated violations.",
  "guidelines.step": "Step {n}",
  "guidelines.report": "How to report a problem",
  "guidelines.noReporting": "Contact one of the moderators below.",
  "guidelines.moderators": "Who moderates",
  "guidelines.responseTime": "We aim to respond to every report within {duration}.",
  "guidelines.otherLanguages": "Also available in: {languages}.",
  "label.name": "Name",
  "label.languages": "Languages",
  "label.hours": "Hours",
  "label.timeZone": "Time zone",
  "list.and": "and",
  "days.every": "every day",
  "generated": "Generated from the community plan on {date}.",
  "duration.d.one": "day",
  "duration.d.other": "days",
  "duration.h.one": "hour",
  "duration.h.other": "hours",
  "duration.m.one": "minute",
  "duration.m.other": "minutes",
  "calendar.topicToBeDecided": "topic to be decided",
};
