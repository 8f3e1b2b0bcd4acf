// CI: the eval floors in fixtures/eval-baseline.json only ever rise. Compares the file
// as committed at HEAD with the same file at the previous commit (HEAD^, or --base REV):
// a floor that is lower, or gone, fails the check. No previous version: nothing to compare.
import { execFileSync } from 'node:child_process';
import process from 'node:process';

const FILE = 'fixtures/eval-baseline.json';
const args = process.argv.slice(2);
const base = args[0] === '--base' && args[1] ? args[1] : 'HEAD^';
const head = args[2] === '--head' && args[3] ? args[3] : 'HEAD';

function floorsAt(rev) {
  try {
    const text = execFileSync('git', ['show', `${rev}:${FILE}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const json = JSON.parse(text);
    const floors = Object.entries(json.f1 ?? {}).map(([c, v]) => [`f1.${c}`, v]);
    if (json.meta !== undefined) floors.push(['meta', json.meta]);
    return new Map(floors);
  } catch {
    return null;
  }
}

const before = floorsAt(base);
const after = floorsAt(head);
if (!after) {
  process.stderr.write(`eval floors: ${FILE} is missing at ${head}\n`);
  process.exit(1);
}
if (!before) {
  process.stdout.write(`eval floors: no ${FILE} at ${base}; nothing to compare\n`);
  process.exit(0);
}
const dropped = [];
for (const [key, floor] of before) {
  const now = after.get(key);
  if (now === undefined) dropped.push(`${key} ${floor} → removed`);
  else if (now < floor) dropped.push(`${key} ${floor} → ${now}`);
}
if (dropped.length > 0) {
  process.stderr.write(`eval floors: lowered since ${base} (floors only ever rise):\n  ${dropped.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(`eval floors: ${after.size} floors, none lower than at ${base}\n`);
