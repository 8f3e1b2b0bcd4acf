#!/usr/bin/env node
// The shim: run the CLI, set the exit code; a crash is one line on stderr and exit 2.
import { run } from '../dist/cli/run.js';
import { nodeIo } from '../dist/cli/io.js';

// A closed pipe (`dvx extract dir | head`) ends the output quietly, as Unix tools do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo);
} catch (err) {
  process.stderr.write(`dvx: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
}
