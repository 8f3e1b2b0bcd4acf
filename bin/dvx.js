#!/usr/bin/env node
// The shim: run the CLI, set the exit code; a crash is one line on stderr and exit 2.
// Write errors on stdout (a closed pipe, a full disk) are the CLI's to report: see cli/io.ts and exit code 3.
import { setFlagsFromString } from 'node:v8';

// Start-up (issue 14): V8 first compiles a regex to bytecode and recompiles it to machine code on its second run
// ("tier-up"). dvx runs every pattern many times, and its largest ones (tens of kilobytes of source) cost more to
// compile as bytecode than as machine code, so compile each once, straight to machine code: ~100 ms less before the
// first record. A V8 flag for the whole process (worker threads too); it changes how fast a regex runs, never what it
// matches. Set before dvx's modules load, since some run a pattern while loading.
setFlagsFromString('--no-regexp-tier-up');

// the bundle of dist/cli (scripts/bundle.mjs): a few files for Node to load instead of ~100 modules
const [{ run }, { nodeIo }] = await Promise.all([import('../dist/bundle/run.js'), import('../dist/bundle/io.js')]);

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo);
} catch (err) {
  process.stderr.write(`dvx: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
}
