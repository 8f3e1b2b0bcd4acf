// chrono-node's Vietnamese parser over a folder, as a process: read, decode, parse every file with chrono.vi.
// The peer that `dvx extract --only dates` is compared with.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as vi from 'chrono-node/vi';

const decoder = new TextDecoder('utf-8', { fatal: true });
const ref = new Date(2024, 0, 1);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []))
    .sort();
}

let found = 0;
for (const file of files(process.argv[2])) {
  const text = decoder.decode(readFileSync(file)).normalize('NFC');
  found += vi.parse(text, ref).length;
}
process.stdout.write(`${found}\n`);
