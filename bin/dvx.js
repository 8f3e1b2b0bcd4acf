#!/usr/bin/env node
// The shim: run the CLI, set the exit code; a crash is one line on stderr and exit 2.
// Write errors on stdout (a closed pipe, a full disk) are the CLI's to report: see cli/io.ts and exit code 3.
import { run } from '../dist/cli/run.js';
import { nodeIo } from '../dist/cli/io.js';

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo);
} catch (err) {
  process.stderr.write(`dvx: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
}
