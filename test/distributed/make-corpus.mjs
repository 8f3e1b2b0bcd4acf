// Writes a JSON Lines corpus for the distributed test: every .txt and .html file
// under the given folders, in sorted path order, as {"id", "path", "text"|"html"},
// repeated --copies times. Ids are zero-padded so they sort in input order.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import process from 'node:process';

const args = process.argv.slice(2);
const out = args.shift();
const copiesAt = args.indexOf('--copies');
const copies = copiesAt >= 0 ? Number(args.splice(copiesAt, 2)[1]) : 1;

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = args.flatMap(walk).filter((path) => /\.(txt|html?)$/i.test(path));
const lines = [];
for (let copy = 0; copy < copies; copy++) {
  for (const path of files) {
    const key = /\.html?$/i.test(path) ? 'html' : 'text';
    const id = `doc-${String(lines.length).padStart(6, '0')}`;
    lines.push(JSON.stringify({ id, path: relative(process.cwd(), path), [key]: readFileSync(path, 'utf8') }));
  }
}
writeFileSync(out, lines.join('\n') + '\n');
process.stderr.write(`corpus: ${lines.length} records from ${files.length} files\n`);
