#!/usr/bin/env node
// The shim: run the CLI, set the exit code; a crash is one line on stderr and exit 2.
// Write errors on stdout (a closed pipe, a full disk) are the CLI's to report: see cli/io.ts and exit code 3.
//
// V8's flags are set first (bin/v8-flags.js), before any of dvx's code is loaded.
import './v8-flags.js';

// the bundle of dist/cli (scripts/bundle.mjs): a few files for Node to load instead of ~100 modules
const [{ run }, { nodeIo }] = await Promise.all([import('../dist/bundle/run.js'), import('../dist/bundle/io.js')]);

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo);
} catch (err) {
  process.stderr.write(`dvx: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
}
