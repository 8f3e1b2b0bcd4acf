// The bench corpora, generated once under bench/out/ and reused while their marker file exists:
// - a folder of at least N MB: the seeds repeated with variations (other provinces, shifted numbers and
//   years, modern tone placement, some NFD), one document per file;
// - single documents of 1, 4, 16 and 64 MB (the same documents concatenated) for the growth table;
// - a small file for start-up timing.
// The 1 GB JSON Lines stream is never written to disk: bench/jsonl-stream.js generates it on a pipe.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.join(here, '..');
export const outDir = path.join(here, 'out');

const PROVINCES = ['Vĩnh Phúc', 'Lào Cai', 'Vĩnh Long', 'Phú Thọ', 'Đồng Tháp', 'Thanh Hóa', 'Khánh Hòa', 'Hòa Bình', 'Nghệ An', 'Đắk Lắk', 'Quảng Ninh', 'Cà Mau'];

/** A small seeded PRNG (mulberry32), so the corpus is the same on every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedTexts() {
  const dir = path.join(root, 'fixtures', 'seeds');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

/** The i-th generated document: a seed with provinces, numbers and years changed, some in modern tone or NFD. */
export function variant(seeds, i, rand) {
  let out = seeds[i % seeds.length];
  for (const p of PROVINCES) out = out.split(p).join(PROVINCES[Math.floor(rand() * PROVINCES.length)]);
  out = out.replace(/\b(\d{1,3})\.(\d{3})\b/g, (_m, a) => `${a}.${String(Math.floor(rand() * 1000)).padStart(3, '0')}`);
  out = out.replace(/\b20(1\d|2[0-4])\b/g, () => String(2010 + Math.floor(rand() * 15)));
  if (i % 3 === 1) out = out.replace(/òa/g, 'oà').replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ');
  if (i % 10 === 7) out = out.normalize('NFD');
  return out;
}

function once(name, make) {
  const dir = path.join(outDir, name);
  const marker = path.join(dir, '.complete');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    make(dir);
    writeFileSync(marker, '');
  }
  return dir;
}

/** A folder of at least `mb` MB of documents; returns its path. */
export function folderCorpus(mb) {
  return once(`corpus-${mb}mb`, (dir) => {
    const seeds = seedTexts();
    const rand = prng(20261123);
    let bytes = 0;
    for (let i = 0; bytes < mb * 1048576; i++) {
      const text = variant(seeds, i, rand);
      const file = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'), `${String(i).padStart(6, '0')}.txt`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      bytes += Buffer.byteLength(text);
    }
  });
}

/** One document of `mb` MB (documents joined by blank lines); returns the file's path. */
export function bigDocument(mb) {
  const dir = once(`big-${mb}mb`, (d) => {
    const seeds = seedTexts();
    const rand = prng(mb);
    const parts = [];
    let bytes = 0;
    for (let i = 0; bytes < mb * 1048576; i++) {
      const text = variant(seeds, i, rand).normalize('NFC');
      parts.push(text);
      bytes += Buffer.byteLength(text) + 2;
    }
    writeFileSync(path.join(d, 'document.txt'), parts.join('\n\n'));
  });
  return path.join(dir, 'document.txt');
}

/** A small report (the first seed) for start-up timing. */
export function smallFile() {
  const dir = once('small', (d) => writeFileSync(path.join(d, 'report.txt'), seedTexts()[0]));
  return path.join(dir, 'report.txt');
}
