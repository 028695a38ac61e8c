// Compiling a template needs Handlebars' full build (215 KB with the parser); running one needs
// only its runtime (78 KB), which every render and Markdown calendar loads. The built-in
// templates come precompiled (scripts/precompile-templates.mjs), so the compiler is loaded only
// for a template that is not: one from --templates, or an edited default.
import { createRequire } from "node:module";
import type Handlebars from "handlebars";

type CompileOptions = Parameters<typeof Handlebars.precompile>[1];
let compiler: typeof Handlebars | undefined;

/** The template as a spec for `env.template()`, the same object a precompiled one is. */
export function compileSpec(source: string, options: CompileOptions): unknown {
  compiler ??= createRequire(import.meta.url)("handlebars/dist/handlebars.js") as typeof Handlebars;
  // precompile() returns the spec as JavaScript source; Handlebars' own compile() evaluates its
  // output the same way.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- evaluating Handlebars' own precompiled output is how its compile() works too
  return new Function(`return ${compiler.precompile(source, options) as string};`)();
}
