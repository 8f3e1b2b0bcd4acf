#!/usr/bin/env node
// The shim: run the CLI, set the exit code; a crash is one line on stderr and exit 2.
// Write errors on stdout (a closed pipe, a full disk) are the CLI's to report: see cli/io.ts and exit code 3.
//
// One V8 flag is set here, before any of dvx's code is loaded (and so before V8 optimizes any of it): TurboFan's
// cumulative inlining budget, 150 bytes of bytecode instead of 920. dvx's hot code is a few hundred mid-sized
// functions; with the default budget V8 spent ~2.3 s of a background core compiling them in a run over 1,000 reports
// (--trace-opt), in every process and again in every worker of --jobs, while the first megabytes ran slowly.
// Instructions over those 1,000 reports (callgrind, --single-threaded, the same output byte for byte): 27.8 G with
// the default, 25.8 G with 300, 25.0 G with 200, 24.9 G with 150 and 100, 25.4 G with 50; both the compiler's share
// and the rest fall. Timed here (alternating, medians): one 1 MB document 0.74 -> 0.61 s (CPU 1.07 -> 0.82 s); the
// 20 MB folder as fast with -j 1 and 5% faster with -j 2; with 300, 4 and 16 MB documents as fast as before. The
// flag changes what the optimizing compiler inlines, never what the code computes. (`--no-regexp-tier-up` was set here once, while the organizations patterns were 90,000
// characters long; it was dropped when it stopped paying.)
import v8 from 'node:v8';

v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');

// the bundle of dist/cli (scripts/bundle.mjs): a few files for Node to load instead of ~100 modules
const [{ run }, { nodeIo }] = await Promise.all([import('../dist/bundle/run.js'), import('../dist/bundle/io.js')]);

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo);
} catch (err) {
  process.stderr.write(`dvx: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
}
