#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI itself is built into dist/ by `npm install` (prepare) or `npm run build`.
const { main } = require('../dist/cli.cjs');

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    const message = err && err.message ? err.message : String(err);
    process.stderr.write(`mistral-guard: ${message.replace(/^mistral-guard:\s*/, '')}\n`);
    process.exitCode = 1;
  },
);
