// The single-file build of Handlebars loads about three times faster than the package's main
// entry (which pulls in dozens of CommonJS files); it is the same library with the same types.
declare module "handlebars/dist/handlebars.js" {
  import Handlebars from "handlebars";
  export default Handlebars;
}
