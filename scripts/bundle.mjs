#!/usr/bin/env node
// Build step after compile-patterns: bundle what the command runs into dist/bundle/ (issue 14, start-up). Node's
// ESM loader resolves, reads, compiles and links each of dist/'s ~100 modules one by one, about a quarter of the
// start-up; one bundle is a few files. Entry points: the CLI (run.js, io.js: bin/dvx.js) and the pool's worker
// (worker.js), written side by side with their shared chunks (chunk-*.js), so that `new URL('./worker.js',
// import.meta.url)` (cli/entry-points.ts) finds the worker from any of them, as it does in dist/cli/. Dynamic
// imports stay split (the pool, the HTML reader, zod's validation, each command load only when used). The
// dependencies stay external, loading from node_modules as before, but for date-fns: imported by path, its ~10
// functions are 24 ES modules for Node to resolve, read, compile and link one by one at every start; bundled, they
// are a few kilobytes of a chunk (date-fns is MIT-licensed, and stays a dependency in package.json). Bundled from dist/, after
// dist/patterns/ahead.js was written from the unbundled modules (scripts/compile-patterns.mjs), so the bundle
// carries the patterns compiled ahead of time. The library (dist/index.js) stays unbundled, with its declarations.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const outdir = path.join(dist, 'bundle');
const { dependencies } = JSON.parse(readFileSync(path.join(dist, '..', 'package.json'), 'utf8'));
const BUNDLED = new Set(['date-fns']);
const external = Object.keys(dependencies)
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['run', 'io', 'worker'].map((name) => path.join(dist, 'cli', `${name}.js`)),
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  legalComments: 'none',
  logLevel: 'warning',
});
process.stderr.write(`bundle: ${readdirSync(outdir).length} files in dist/bundle\n`);
