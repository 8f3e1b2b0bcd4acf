#!/usr/bin/env node
// The shim: run the CLI, set the exit code; a crash is one line on stderr and exit 2.
// Write errors on stdout (a closed pipe, a full disk) are the CLI's to report: see cli/io.ts and exit code 3.
// No V8 flags are changed at run time (Node documents it as unsafe): `--no-regexp-tier-up` was set here while the
// organizations patterns were 90,000 characters long and compiling them twice cost ~100 ms; with those read from tries
// (issue 14) the flag changed neither start-up nor throughput (alternating runs), so V8's defaults stand.

// the bundle of dist/cli (scripts/bundle.mjs): a few files for Node to load instead of ~100 modules
const [{ run }, { nodeIo }] = await Promise.all([import('../dist/bundle/run.js'), import('../dist/bundle/io.js')]);

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo);
} catch (err) {
  process.stderr.write(`dvx: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
}
