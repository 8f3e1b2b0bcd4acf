#!/usr/bin/env node
// The shim: run the CLI, set the exit code; a crash is one line on stderr and exit 2.
import { run } from '../dist/cli/run.js';
import { nodeIo } from '../dist/cli/io.js';
import { writeFailure } from '../dist/cli/user-error.js';

// A closed pipe (`dvx extract dir | head`) ends the output quietly, as Unix tools do;
// a full disk or a device that refuses (`> /dev/full`) is one line and exit 2.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`dvx: ${writeFailure(err, 'to stdout') ?? `cannot write to stdout: ${err.message}`}\n`);
  process.exit(2);
});

try {
  process.exitCode = await run(process.argv.slice(2), nodeIo);
} catch (err) {
  process.stderr.write(`dvx: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 2;
}
