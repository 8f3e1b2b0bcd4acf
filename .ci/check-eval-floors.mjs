// CI: eval floors only ever rise. Every floor file under fixtures/ (fixtures/eval-baseline.json for the seeds,
// and each development corpus's eval-baseline.json or baseline.json, all `{ "f1": { category: floor }, "meta"? }`)
// is compared as committed at HEAD with the same file at the previous commit (HEAD^, or --base REV): a floor that
// is lower, or gone, fails the check. A file new at HEAD has nothing to compare with.
import { execFileSync } from 'node:child_process';
import process from 'node:process';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const base = option('--base', 'HEAD^');
const head = option('--head', 'HEAD');
const FLOOR_FILE = /^fixtures\/(?:.+\/)?(?:eval-)?baseline\.json$/;

const git = (...a) => execFileSync('git', a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

function floorFiles(rev) {
  try {
    return git('ls-tree', '-r', '--name-only', rev, 'fixtures').split('\n').filter((f) => FLOOR_FILE.test(f));
  } catch {
    return null;
  }
}

function floorsAt(rev, file) {
  try {
    const json = JSON.parse(git('show', `${rev}:${file}`));
    const floors = Object.entries(json.f1 ?? {}).map(([c, v]) => [`f1.${c}`, v]);
    if (json.meta !== undefined) floors.push(['meta', json.meta]);
    return new Map(floors);
  } catch {
    return null;
  }
}

const files = floorFiles(base);
if (files === null) {
  process.stdout.write(`eval floors: no ${base}; nothing to compare\n`);
  process.exit(0);
}
const dropped = [];
let count = 0;
for (const file of files) {
  const before = floorsAt(base, file);
  if (!before) continue;
  const after = floorsAt(head, file);
  if (!after) {
    dropped.push(`${file}: removed`);
    continue;
  }
  for (const [key, floor] of before) {
    count++;
    const now = after.get(key);
    if (now === undefined) dropped.push(`${file}: ${key} ${floor} → removed`);
    else if (now < floor) dropped.push(`${file}: ${key} ${floor} → ${now}`);
  }
}
if (dropped.length > 0) {
  process.stderr.write(`eval floors: lowered since ${base} (floors only ever rise):\n  ${dropped.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write(`eval floors: ${count} floors in ${files.length} files, none lower than at ${base}\n`);
