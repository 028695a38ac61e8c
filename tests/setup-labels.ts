// The CLI loads a document language's labels when a command needs them (tests/cli/lazy-labels
// checks that on the built binary); tests call the render functions directly, as the library API
// does, so every test file starts with all the catalogues, as src/index.ts gives them.
import "../src/render/labels/all.js";
