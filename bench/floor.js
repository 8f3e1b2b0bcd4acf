// The floor: what any extractor must do at least, as a process over a folder:
// read every file, decode it (UTF-8), NFC-normalize, and tokenize once with [\p{L}\p{N}]+.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const WORD = /[\p{L}\p{N}]+/gu;
const decoder = new TextDecoder('utf-8', { fatal: true });

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []))
    .sort();
}

let tokens = 0;
const targets = process.argv.slice(2);
for (const target of targets) {
  for (const file of target.endsWith('.txt') ? [target] : files(target)) {
    const text = decoder.decode(readFileSync(file)).normalize('NFC');
    for (const _ of text.matchAll(WORD)) tokens++;
  }
}
process.stdout.write(`${tokens}\n`);
