import type { Community } from "../plan/types.js";

export interface TeamSize {
  people: number;
  /** Everyone's hours a week, volunteers included. */
  hoursPerWeek: number;
  staffHours: number;
  volunteerHours: number;
}

/**
 * The team's head count and hours. Listed members are the truth when present (the totals follow
 * from them); otherwise the plan's own totals, all counted as staff since nobody is marked.
 */
export function teamSize(team: Community["team"]): TeamSize {
  const members = team.members;
  if (!members) {
    const hours = team.hoursPerWeek ?? 0;
    return { people: team.people ?? 0, hoursPerWeek: hours, staffHours: hours, volunteerHours: 0 };
  }
  const sum = (volunteer: boolean) => members.filter((m) => (m.volunteer ?? false) === volunteer).reduce((total, m) => total + m.hoursPerWeek, 0);
  const [staffHours, volunteerHours] = [sum(false), sum(true)];
  return { people: members.length, hoursPerWeek: staffHours + volunteerHours, staffHours, volunteerHours };
}
