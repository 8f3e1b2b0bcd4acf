// The README's first command, run as written on this clone: its stdout must be the record and nothing else
// (issue 13). It reinstalls (npm ci), so it runs once, in CI, after the first install.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const readme = readFileSync('README.md', 'utf8');
const block = /```sh\n([^\n]+)\n/.exec(readme);
if (!block) throw new Error('README: no ```sh block');
const command = block[1];
const stdout = execSync(command, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
let record;
try {
  record = JSON.parse(stdout);
} catch {
  console.error(`README's first command printed more than the record on stdout:\n${stdout.slice(0, 400)}`);
  process.exit(1);
}
if (typeof record?.source?.path !== 'string') {
  console.error("README's first command: stdout is JSON but not a record");
  process.exit(1);
}
console.log(`README's first command: stdout is one record (${record.source.path}), nothing else`);
