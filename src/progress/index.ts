// What other parts of the tool (render's progress section, the programmatic API) use from here.
export { readActualsFile } from "./read-actuals-file.js";
export { readActuals } from "./read-actuals.js";
export { measureProgress, countStatuses } from "./measure-progress.js";
export { computeTargetProgress } from "./compute-target.js";
export { svgProgressChart } from "./charts/svg-chart.js";
export { mermaidProgressChart, MERMAID_LEGEND } from "./charts/mermaid-chart.js";
export { STATUS_LABELS, reasonText } from "./words.js";
export type { Actuals, ActualsIssue, Observation, ProgressReport, Status, TargetProgress } from "./types.js";
