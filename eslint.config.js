// ESLint with typescript-eslint's strict, type-checked rules over src/, tests/ and the build
// scripts. `npm run lint:code`; .ci/run runs it, and the type-check, before the tests.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Node's globals, for the build and CI scripts; naming the few they use spares a dependency. */
const nodeGlobals = Object.fromEntries(
  ["process", "console", "Buffer", "URL", "setTimeout", "clearTimeout", "setImmediate", "performance", "structuredClone", "require", "module", "__dirname", "__filename"].map((name) => [name, "readonly"]),
);

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", ".bench/", "**/*.generated.ts"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers in messages and file names are the common case and read as they should.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // tsconfig's noUncheckedIndexedAccess types every indexed read as possibly undefined; after
      // a bounds check or a regex match with required groups, `!` says so where a reader sees it.
      "@typescript-eslint/no-non-null-assertion": "off",
      // Commands, prompt runners and writers are async by contract, so that one can start to
      // await without changing its callers.
      "@typescript-eslint/require-await": "off",
      // The few regexes with control characters match them on purpose (XML 1.0's forbidden
      // characters, YAML's, ANSI colour codes in tests).
      "no-control-regex": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read the CLI's JSON output with JSON.parse and look into it freely.
    files: ["tests/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Tests set and remove environment variables and mutate plans by computed key on purpose.
      "@typescript-eslint/no-dynamic-delete": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
