// The registry of every rule, sorted by id. A test checks that each rule file is listed here
// and has its tests, docs and README row.
import type { Rule } from "./define-rule.js";
import asyncPersonaRealTimeChannel from "./async-persona-real-time-channel.js";
import channelHasActivity from "./channel-has-activity.js";
import commentCutsText from "./comment-cuts-text.js";
import contestEssentials from "./contest-essentials.js";
import disableComments from "./disable-comments.js";
import documentLanguage from "./document-language.js";
import duplicateKey from "./duplicate-key.js";
import goalHasActivity from "./goal-has-activity.js";
import goalHasTarget from "./goal-has-target.js";
import guidelinesEnforceable from "./guidelines-enforceable.js";
import guidelinesLanguages from "./guidelines-languages.js";
import journeyMovesUp from "./journey-moves-up.js";
import languageHasContent from "./language-has-content.js";
import liveSessionHours from "./live-session-hours.js";
import memberLoad from "./member-load.js";
import moderatorLanguages from "./moderator-languages.js";
import personaReached from "./persona-reached.js";
import referencesResolve from "./references-resolve.js";
import responseTimeCoverage from "./response-time-coverage.js";
import reviewLoop from "./review-loop.js";
import schema from "./schema.js";
import smartTargets from "./smart-targets.js";
import targetAmbition from "./target-ambition.js";
import teamCapacity from "./team-capacity.js";
import teamConsistent from "./team-consistent.js";
import uniqueIds from "./unique-ids.js";
import validDates from "./valid-dates.js";
import validLanguageTags from "./valid-language-tags.js";
import validHolidayRegions from "./valid-holiday-regions.js";
import validTimeZones from "./valid-time-zones.js";
import vanityMetrics from "./vanity-metrics.js";
import yamlSyntax from "./yaml-syntax.js";
import { compareStrings } from "../util/compare.js";

export const rules: readonly Rule[] = [
  asyncPersonaRealTimeChannel,
  channelHasActivity,
  commentCutsText,
  contestEssentials,
  disableComments,
  documentLanguage,
  duplicateKey,
  goalHasActivity,
  goalHasTarget,
  guidelinesEnforceable,
  guidelinesLanguages,
  journeyMovesUp,
  languageHasContent,
  liveSessionHours,
  memberLoad,
  moderatorLanguages,
  personaReached,
  referencesResolve,
  responseTimeCoverage,
  reviewLoop,
  schema,
  smartTargets,
  targetAmbition,
  teamCapacity,
  teamConsistent,
  uniqueIds,
  validDates,
  validHolidayRegions,
  validLanguageTags,
  validTimeZones,
  vanityMetrics,
  yamlSyntax,
].sort((a, b) => compareStrings(a.id, b.id));

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
export const ruleIds: ReadonlySet<string> = new Set(ruleById.keys());
