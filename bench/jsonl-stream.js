// Writes `mb` MB of JSON Lines records ({"id", "text"}) to stdout, generated on the fly from the seeds,
// respecting back-pressure: the 1 GB stream for the memory row is never held in memory or written to disk.
import { once } from 'node:events';
import { prng, seedTexts, variant } from './corpus.js';

const mb = Number(process.argv[2] ?? '1024');
const seeds = seedTexts();
const rand = prng(7);
let bytes = 0;
for (let i = 0; bytes < mb * 1048576; i++) {
  const line = `${JSON.stringify({ id: `r${i}`, text: variant(seeds, i, rand) })}\n`;
  bytes += Buffer.byteLength(line);
  if (!process.stdout.write(line)) await once(process.stdout, 'drain');
}
