/**
 * `--shard K/N`: N shares of a folder are disjoint, together equal the whole
 * batch record for record, and do not depend on where the folder lives.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliIo } from '../src/cli/io.js';
import { run } from '../src/cli/run.js';
import { inShard, parseShard } from '../src/io/shard.js';

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s), isTTY: false },
    readStdin: async () => new TextEncoder().encode('Ngày 2/9/2025 khai mạc.'),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** A folder of 40 small reports in nested sub-folders. */
function makeTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dvx-shard-'));
  for (let i = 0; i < 40; i++) {
    const dir = path.join(root, `quan-${i % 4}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `bao-cao-${i}.txt`), `Ngày ${(i % 28) + 1}/3/2024, Sở Y tế báo cáo ${i + 2} ca bệnh theo Chỉ thị số ${(i % 5) + 1}/CT-TTg.\n`);
  }
  return root;
}

const lines = (out: string): string[] => out.split('\n').filter(Boolean);
const pathOf = (line: string): string => (JSON.parse(line) as { source: { path: string } }).source.path;

describe('--shard K/N', () => {
  test('N shares are disjoint and together are the whole batch, record for record', async () => {
    const root = makeTree();
    const whole = await cli(['extract', root, '-f', 'jsonl', '--no-progress', '-j', '1']);
    expect(whole.code).toBe(0);
    const all = lines(whole.stdout);
    expect(all).toHaveLength(40);
    const shares: string[][] = [];
    for (let k = 1; k <= 3; k++) {
      const part = await cli(['extract', root, '-f', 'jsonl', '--no-progress', '-j', '1', '--shard', `${k}/3`]);
      expect(part.code).toBe(0);
      shares.push(lines(part.stdout));
    }
    for (const share of shares) expect(share.length).toBeGreaterThan(0);
    const merged = shares.flat().sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0));
    expect(merged).toEqual(all);
    expect(new Set(merged.map(pathOf)).size).toBe(40);
  });

  test('a share does not depend on where the folder is: the key is the path inside it', async () => {
    const root = makeTree();
    const elsewhere = path.join(mkdtempSync(path.join(tmpdir(), 'dvx-shard-moved-')), 'crawl');
    cpSync(root, elsewhere, { recursive: true });
    const here = await cli(['extract', root, '-f', 'jsonl', '--no-progress', '-j', '1', '--shard', '2/5']);
    const there = await cli(['extract', elsewhere, '-f', 'jsonl', '--no-progress', '-j', '1', '--shard', '2/5']);
    const inside = (out: string, base: string): string[] => lines(out).map((l) => path.relative(base, pathOf(l)));
    expect(inside(there.stdout, elsewhere)).toEqual(inside(here.stdout, root));
  });

  test('1/1 is everything; stdin is never sharded away', async () => {
    const root = makeTree();
    expect(lines((await cli(['extract', root, '-f', 'jsonl', '-j', '1', '--shard', '1/1'])).stdout)).toHaveLength(40);
    const stdin = await cli(['extract', '-', '-f', 'jsonl', '--shard', '3/4']);
    expect(lines(stdin.stdout)).toHaveLength(1);
  });

  test('refs takes the same shares', async () => {
    const root = makeTree();
    type Row = { id: string; sources: string[] };
    const citing = (rows: Row[]): string[] => rows.flatMap((r) => r.sources.map((s) => `${r.id} ${s}`));
    const whole = await cli(['refs', root, '-f', 'json']);
    expect(whole.code).toBe(0);
    const all = citing(JSON.parse(whole.stdout) as Row[]);
    expect(all).toHaveLength(40);
    const parts: string[] = [];
    for (const k of [1, 2]) {
      const part = await cli(['refs', root, '-f', 'json', '--shard', `${k}/2`]);
      expect(part.code).toBe(0);
      const rows = citing(JSON.parse(part.stdout) as Row[]);
      expect(rows.length).toBeLessThan(40);
      parts.push(...rows);
    }
    expect(parts.sort()).toEqual([...all].sort());
  });

  test.each(['0/3', '4/3', '3', 'a/b', '1/0', '-1/2'])('%s is a usage error (exit 2, no stack trace)', async (value) => {
    const ran = await cli(['extract', '-', '--shard', value]);
    expect(ran.code).toBe(2);
    expect(ran.stderr.split('\n')[0]).toMatch(/--shard .*K\/N/);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
  });

  test('the hash is stable: known keys stay in their share', () => {
    const shard = parseShard('2/7');
    if (typeof shard === 'string') throw new Error(shard);
    const keys = Array.from({ length: 700 }, (_, i) => `tinh-${i}/bao-cao.txt`);
    const counts = [1, 2, 3, 4, 5, 6, 7].map((k) => keys.filter((key) => inShard(key, { index: k, count: 7 })).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(700);
    for (const c of counts) expect(c).toBeGreaterThan(60); // roughly even: 100 expected each
    expect(inShard('tinh-0/bao-cao.txt', shard)).toBe(inShard('tinh-0/bao-cao.txt', { index: 2, count: 7 }));
  });
});
