// What other parts of the tool (the calendar document, the programmatic API) use from render.
export { createEnvironment, renderTemplate, type RenderData, type TemplateEnvironment } from "./environment.js";
export { documentNames, renderDocuments, type DocumentName, type RenderedDocuments, type RenderedFile, type RenderOptions } from "./documents.js";
export { escapeMarkdown, escapeMarkdownDeep, escapeMermaid, escapeXml, Trusted } from "./escape.js";
export { defaultTemplatesDir, type OutputFormat } from "./template-files.js";
export { TemplateError } from "./template-error.js";
export { buildStrategyView } from "./view/strategy-view.js";
export type { StrategyView } from "./view/strategy-view-model.js";
export { buildGuidelinesView, type GuidelinesView } from "./view/guidelines-view.js";
