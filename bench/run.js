#!/usr/bin/env node
// `npm run bench`: throughput of the full pipeline against a baseline measured in the same run.
//
// 1. Generates a corpus of at least --mb megabytes (default 50) under bench/out/corpus/: the seeds repeated with
//    variations (other provinces, shifted numbers and dates, modern tone placement, some NFD), one document per file.
// 2. Runs, each in its own child process over the same files:
//    - baseline: read + decode + NFC + one regex pass (what any tool must at least do);
//    - pipeline: read + decode + the full dvx pipeline (all extractors) + JSON serialization.
// 3. Prints MB/s of each, the ratio pipeline/baseline, and each phase's peak RSS.
// Machines are shared and noisy: compare the ratio, not the absolute figures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const corpusDir = path.join(here, 'out', 'corpus');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};

const PROVINCES = ['Vĩnh Phúc', 'Lào Cai', 'Vĩnh Long', 'Phú Thọ', 'Đồng Tháp', 'Thanh Hóa', 'Khánh Hòa', 'Hòa Bình', 'Nghệ An', 'Đắk Lắk', 'Quảng Ninh', 'Cà Mau'];

/** A small seeded PRNG (mulberry32), so the corpus is the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vary(text, i, rand) {
  let out = text;
  for (const p of PROVINCES) out = out.split(p).join(PROVINCES[Math.floor(rand() * PROVINCES.length)]);
  out = out.replace(/\b(\d{1,3})\.(\d{3})\b/g, (_m, a) => `${a}.${String(Math.floor(rand() * 1000)).padStart(3, '0')}`);
  out = out.replace(/\b20(1\d|2[0-4])\b/g, () => String(2010 + Math.floor(rand() * 15)));
  if (i % 3 === 1) out = out.replace(/òa/g, 'oà').replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ');
  if (i % 10 === 7) out = out.normalize('NFD');
  return out;
}

function generate(targetMb) {
  const marker = path.join(corpusDir, `.complete-${targetMb}`);
  if (existsSync(marker)) return;
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  const seeds = readdirSync(path.join(root, 'fixtures', 'seeds')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(path.join(root, 'fixtures', 'seeds', f), 'utf8'));
  const rand = prng(20261123);
  let bytes = 0;
  let i = 0;
  while (bytes < targetMb * 1024 * 1024) {
    const text = vary(seeds[i % seeds.length], i, rand);
    const file = path.join(corpusDir, `${String(Math.floor(i / 1000)).padStart(3, '0')}`, `${String(i).padStart(6, '0')}.txt`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    i++;
  }
  writeFileSync(marker, String(i));
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p) : e.name.endsWith('.txt') ? [p] : [];
  }).sort();
}

async function phase(name) {
  const files = listFiles(corpusDir);
  const { decodeBytes } = await import('../dist/io/decode.js');
  const { extractDocument } = await import('../dist/pipeline/extract-document.js');
  const WORD = /[\p{L}\p{N}]+/gu;
  let bytes = 0;
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (const file of files) {
    const raw = readFileSync(file);
    bytes += raw.length;
    const { text } = decodeBytes(raw);
    if (name === 'baseline') {
      const nfc = text.normalize('NFC');
      for (const _ of nfc.matchAll(WORD)) sink++;
    } else {
      const source = { path: file, format: 'text', encoding: 'utf-8', bytes: raw.length, sha256: null };
      sink += JSON.stringify(extractDocument({ text, source })).length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ name, files: files.length, bytes, seconds, rssMb, sink }));
}

if (opt('--phase')) {
  await phase(opt('--phase'));
} else {
  const mb = Number(opt('--mb', '50'));
  if (!existsSync(path.join(root, 'dist', 'core', 'pipeline.js'))) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  const g0 = Date.now();
  generate(mb);
  const corpusBytes = listFiles(corpusDir).reduce((n, f) => n + statSync(f).size, 0);
  process.stdout.write(`corpus: ${(corpusBytes / 1048576).toFixed(1)} MB in ${listFiles(corpusDir).length} files (ready in ${((Date.now() - g0) / 1000).toFixed(1)} s)\n`);
  const run = (name) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--phase', name], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  const base = run('baseline');
  const full = run('pipeline');
  const mbps = (r) => r.bytes / 1048576 / r.seconds;
  const line = (r) => `${r.name.padEnd(9)} ${mbps(r).toFixed(2).padStart(8)} MB/s  ${r.seconds.toFixed(1).padStart(6)} s  peak RSS ${r.rssMb.toFixed(0)} MB`;
  process.stdout.write(`${line(base)}\n${line(full)}\n`);
  process.stdout.write(`ratio pipeline/baseline: ${(mbps(full) / mbps(base)).toFixed(4)} (${(mbps(base) / mbps(full)).toFixed(1)}x slower than read+NFC+one regex pass)\n`);
}
