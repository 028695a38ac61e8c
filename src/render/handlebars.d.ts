// Handlebars ships single-file builds that load about three times faster than the package's main
// entry (which pulls in dozens of CommonJS files): the runtime, which runs precompiled templates,
// and the full build, which can also compile. Same library, same types.
declare module "handlebars/dist/handlebars.runtime.js" {
  import Handlebars from "handlebars";
  export default Handlebars;
}
declare module "handlebars/dist/handlebars.js" {
  import Handlebars from "handlebars";
  export default Handlebars;
}
