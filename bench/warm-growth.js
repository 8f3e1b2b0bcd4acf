// Growth with the engine warm: the extraction of each document (`extractDocument`, the step the CLI runs between
// reading and writing) timed in one process after two passes over the smallest, the sizes alternating over the
// rounds. The growth row times whole commands, where a small document's figure also holds V8's warm-up (the code
// runs unoptimized until it has run enough); this row separates the two: it asks only whether the cost per byte
// stays flat as one document grows.
//
// node bench/warm-growth.js ROUNDS FILE... → one JSON line: { seconds: [[...rounds], ...] }, a list for each file in
// order (the caller knows their sizes)
import { readFileSync } from 'node:fs';
// the CLI's V8 flags, set before dvx's code loads
import '../bin/v8-flags.js';

const { extractDocument } = await import('../dist/pipeline/extract-document.js');

const [roundsArg, ...files] = process.argv.slice(2);
const rounds = Number(roundsArg);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const run = (text) => {
  const t0 = process.hrtime.bigint();
  extractDocument({ text });
  return Number(process.hrtime.bigint() - t0) / 1e9;
};

run(texts[0]);
run(texts[0]);
const seconds = texts.map(() => []);
for (let r = 0; r < rounds; r++) texts.forEach((text, i) => seconds[i].push(run(text)));
process.stdout.write(`${JSON.stringify({ seconds })}\n`);
