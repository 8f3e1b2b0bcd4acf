// The V8 flags dvx runs with, set when this module is evaluated: bin/dvx.js imports it before any of dvx's code is
// loaded (and so before V8 optimizes any of it), and bench/warm-growth.js does the same to time what the CLI runs.
// Flags are the process's: the workers of --jobs run with them too.
//
// TurboFan's cumulative inlining budget, 150 bytes of bytecode instead of 920. dvx's hot code is a few hundred
// mid-sized functions; with the default budget V8 spent ~2.3 s of a background core compiling them in a run over
// 1,000 reports (--trace-opt), in every process and again in every worker of --jobs, while the first megabytes ran
// slowly. Instructions over those 1,000 reports (callgrind, --single-threaded, the same output byte for byte): 27.8 G
// with the default, 25.8 G with 300, 25.0 G with 200, 24.9 G with 150 and 100, 25.4 G with 50; both the compiler's
// share and the rest fall. Timed here (alternating, medians): one 1 MB document 0.74 -> 0.61 s (CPU 1.07 -> 0.82 s);
// the 20 MB folder as fast with -j 1 and 5% faster with -j 2; with 300, 4 and 16 MB documents as fast as before. The
// flag changes what the optimizing compiler inlines, never what the code computes. (`--no-regexp-tier-up` was set
// here once, while the organizations patterns were 90,000 characters long; it was dropped when it stopped paying.)
import v8 from 'node:v8';

export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=150'];

for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
