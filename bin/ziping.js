#!/usr/bin/env node
"use strict";
// Before any code is loaded; V8 flags are process-wide, so the worker threads have them too.
const v8 = require("v8");
for (const flag of require("./v8-flags.js")) v8.setFlagsFromString(flag);
// The command is written in TypeScript and built into dist/ by `npm run build:cli` (npm runs it on install).
let main;
try {
  main = require("../dist/cli/main.js");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("dist/cli/main.js")) {
    process.stderr.write("ziping: the command is not built yet; run `npm run build:cli` (or `npm install`) first\n");
    process.exit(2);
  }
  throw error;
}
main.run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${(error && error.stack) || error}\n`);
    process.exitCode = 2;
  },
);
