#!/usr/bin/env node
// Renders every command's --help with the CLI bundle (run by `npm run build`, after the bundle)
// into dist/cli-bundle/help-texts.json, which src/boot/quick-help.ts answers `--help` from
// before the CLI loads. It sits beside the chunks it was made from, so re-bundling removes it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { loadChunk } = await import(path.join(root, "dist/boot/code-cache-loader.js"));
const { renderHelpTexts } = await import(path.join(root, "dist/boot/help-texts.js"));
const { helpTextsFile } = await import(path.join(root, "dist/boot/quick-help.js"));

const texts = await renderHelpTexts(loadChunk(path.join(root, "dist/cli-bundle/cli.cjs")));
writeFileSync(helpTextsFile, `${JSON.stringify(texts)}\n`);
console.log(`rendered --help of ${Object.keys(texts).length} commands into ${path.relative(root, helpTextsFile)}`);
