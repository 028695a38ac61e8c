// One private Handlebars environment per output format. Partials are compiled up front with the
// same options as the templates of that format, so Markdown's `noEscape` can never leak into
// HTML (Handlebars compiles a string partial with whichever template's options use it first).
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type HandlebarsTypes from "handlebars";
import Handlebars from "handlebars/dist/handlebars.runtime.js";
import { compileSpec } from "./compile-template.js";
import { escapeMarkdownDeep } from "./escape.js";
import { helperNames, registerHelpers } from "./helpers.js";
import { precompiledSpec } from "./precompiled.js";
import { defaultTemplatesDir, findPartials, findTemplate, type OutputFormat } from "./template-files.js";
import { toTemplateError } from "./template-error.js";
import { noteInput } from "../io/run-inputs.js";

export interface RenderData {
  /** The language of fixed labels and dates (`{{t}}`, `{{date}}`); English when left out. */
  lang?: string;
}

export interface TemplateEnvironment {
  readonly format: OutputFormat;
  /** Renders a template by name (`strategy` → `strategy.<format>.hbs`). Plan text in the context
   *  is escaped for the format: by Handlebars for HTML, by escapeMarkdown for Markdown. */
  render(name: string, context: unknown, data?: RenderData): string;
}

type Compiled = (context: unknown, options?: HandlebarsTypes.RuntimeOptions) => string;

export function compileOptions(format: OutputFormat): CompileOptions {
  return {
    strict: true,
    // Plain text is pasted as it is: no entities (Apps > Report, not Apps &gt; Report).
    noEscape: format !== "html",
    knownHelpers: Object.fromEntries(helperNames.map((name) => [name, true])),
    knownHelpersOnly: true,
  };
}
// Types from the package itself: the declarations shipped to users must not name the runtime
// subpath, which has no types of its own outside this repository (src/render/handlebars.d.ts).
type CompileOptions = Parameters<typeof HandlebarsTypes.compile>[1];

/** Compiles a file and makes every error it throws name that file and the line. */
function compileFile(env: typeof HandlebarsTypes, file: string, display: string, options: CompileOptions): Compiled {
  const source = readFileSync(file, "utf8");
  noteInput(file, "template", statSync(file));
  const spec = precompiledSpec(file, source);
  let compiled: Compiled;
  try {
    compiled = env.template((spec ?? compileSpec(source, options)) as never);
  } catch (error) {
    throw toTemplateError(error, display);
  }
  return (context, runtime) => {
    try {
      return compiled(context, runtime);
    } catch (error) {
      throw toTemplateError(error, display);
    }
  };
}

export interface EnvironmentHooks {
  /** Sees the context after escaping, just before a template runs (tests watch lookups with it). */
  prepare?: (context: unknown) => unknown;
}

export function createEnvironment(format: OutputFormat, templatesDir?: string, hooks: EnvironmentHooks = {}): TemplateEnvironment {
  const env = Handlebars.create();
  registerHelpers(env);
  const options = compileOptions(format);
  for (const partial of findPartials(format, templatesDir)) {
    // A built-in partial is a module to load and a file to read: the calendar uses one of the
    // eight, so each is loaded on its first use. One from --templates compiles now, so that its
    // mistakes show even where no document uses it.
    const builtIn = path.dirname(partial.file) === path.join(defaultTemplatesDir, "partials");
    let compiled: Compiled | undefined = builtIn ? undefined : compileFile(env, partial.file, partial.display, options);
    const run: Compiled = (context, runtime) => (compiled ??= compileFile(env, partial.file, partial.display, options))(context, runtime);
    env.registerPartial(partial.name, run as HandlebarsTypes.Template);
  }
  const templates = new Map<string, Compiled>();
  return {
    format,
    render(name, context, data = {}) {
      let template = templates.get(name);
      if (!template) {
        const found = findTemplate(name, format, templatesDir);
        template = compileFile(env, found.file, found.display, options);
        templates.set(name, template);
      }
      const escaped = format === "md" ? escapeMarkdownDeep(context) : context;
      const input = hooks.prepare ? hooks.prepare(escaped) : escaped;
      return template(input, { data: { lang: data.lang ?? "en" } });
    },
  };
}

/**
 * Renders one template through the same engine as the built-in documents: for other commands
 * (the content calendar) that bring their own view model.
 */
export function renderTemplate(
  name: string,
  context: unknown,
  options: { format: OutputFormat; templatesDir?: string; lang?: string },
): string {
  return createEnvironment(options.format, options.templatesDir).render(name, context, { lang: options.lang });
}
