/**
 * Safe output (issue 15): `-o` through links and onto devices, the target's mode kept, exclusive temporary
 * files, clean-up on SIGINT and SIGTERM, exit code 3 for outputs that could not be written, a closed pipe
 * keeping the code earned, and escaped stderr. Each case checks the exit code, the one `dvx:` line and the
 * state of the target afterwards.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { neutralize } from '../src/writers/csv.js';
import { DocResultSchema } from '../src/types.js';
import { runCli } from './helpers/fake-io.js';

const SEED = 'fixtures/seeds/000_21323159f601ec20.txt';
const SEEDS = 'fixtures/seeds';
const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'dvx-out-'));
const lines = (s: string): string[] => s.trimEnd().split('\n').filter((l) => l.length > 0);
const bin = (args: string[]) => spawnSync(process.execPath, ['bin/dvx.js', ...args], { encoding: 'utf8' });

beforeAll(() => {
  if (!existsSync('dist/cli/run.js')) execFileSync('npm', ['run', '-s', 'build']);
});

describe('-o FILE', () => {
  test('keeps the mode of the file it replaces (0600 stays 0600) and leaves no temporary file', async () => {
    const dir = scratch();
    const out = path.join(dir, 'secret.json');
    writeFileSync(out, 'old', { mode: 0o600 });
    const r = await runCli(['extract', SEED, '-o', out]);
    expect(r.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(DocResultSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).source.path).toBe(SEED);
    expect(readdirSync(dir)).toEqual(['secret.json']);
  });

  test('a symbolic link is written through: the file it points to changes, the link stays a link', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'real.json'), 'old');
    symlinkSync('real.json', path.join(dir, 'link.json'));
    const r = await runCli(['extract', SEED, '-o', path.join(dir, 'link.json')]);
    expect(r.code).toBe(0);
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.json'))).toBe('real.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'real.json'), 'utf8')).source.path).toBe(SEED);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });

  test('a dangling link creates the file it names', async () => {
    const dir = scratch();
    symlinkSync('new.json', path.join(dir, 'link.json'));
    expect((await runCli(['extract', SEED, '-o', path.join(dir, 'link.json')])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'new.json'), 'utf8')).source.path).toBe(SEED);
  });

  test('a device is written, never replaced: -o /dev/null', async () => {
    const r = await runCli(['extract', SEED, '-o', '/dev/null']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test('a FIFO is written directly, to the process reading it', async () => {
    const dir = scratch();
    const fifo = path.join(dir, 'pipe');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here: nothing to test
    }
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (d: Buffer) => (read += d.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    const r = await runCli(['extract', SEED, '--only', 'dates', '-f', 'jsonl', '-o', fifo]);
    await closed;
    expect(r.code).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(read).source.path).toBe(SEED);
  });

  test('the temporary file is created exclusively under a new name: a link planted at the old predictable name is never followed', async () => {
    const dir = scratch();
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    // the name dvx used before (.NAME.PID.tmp), for this process and its neighbours
    for (let pid = process.pid - 2; pid <= process.pid + 2; pid++) symlinkSync(victim, path.join(dir, `.out.json.${pid}.tmp`));
    const r = await runCli(['extract', SEED, '-o', path.join(dir, 'out.json')]);
    expect(r.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')).source.path).toBe(SEED);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') && !lstatSync(path.join(dir, f)).isSymbolicLink())).toEqual([]);
  });

  test('-o /dev/full: exit 3 with one line naming the output and the reason', async () => {
    if (!existsSync('/dev/full')) return;
    const r = await runCli(['extract', SEEDS, '-f', 'jsonl', '-o', '/dev/full']);
    expect(r.code).toBe(3);
    expect(lines(r.stderr)).toEqual(['dvx: /dev/full: no space left on device (ENOSPC); the output is incomplete']);
  });
});

describe('stdout that cannot be written (built CLI)', () => {
  test.skipIf(!existsSync('/dev/full'))('stdout on /dev/full: exit 3, one line, no stack trace', () => {
    const r = spawnSync('sh', ['-c', `exec "${process.execPath}" bin/dvx.js extract ${SEEDS} -f jsonl > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(lines(r.stderr)).toEqual(['dvx: stdout: no space left on device (ENOSPC); the output is incomplete']);
  });

  test('a closed pipe ends the output quietly and keeps the code earlier failures earned', async () => {
    const child = spawn(process.execPath, ['bin/dvx.js', 'extract', 'does-not-exist.txt', SEEDS, SEEDS, SEEDS, '-f', 'jsonl', '-j', '1']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual(['dvx: does-not-exist.txt: no such file or directory']);
  });

  test('the same with no earlier failure: exit 0', async () => {
    const child = spawn(process.execPath, ['bin/dvx.js', 'extract', SEEDS, SEEDS, SEEDS, '-f', 'jsonl', '-j', '1']);
    child.stdout.once('data', () => child.stdout.destroy());
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('a full disk under -o (a small tmpfs the test mounts; skipped where it cannot)', () => {
  const mountSmall = (): string | null => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
    const dir = scratch();
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    return r.status === 0 ? dir : null;
  };

  test('--jobs 2: exit 3, the disk-full line (not a worker message), the old file intact, no temporary file', (ctx) => {
    const dir = mountSmall();
    if (!dir) return ctx.skip('mounting a tmpfs needs root on Linux');
    try {
      const out = path.join(dir, 'out.jsonl');
      writeFileSync(out, 'old');
      // no time budget: on a crowded machine nothing but the disk may fail here
      const r = bin(['extract', SEEDS, 'fixtures/texts', '-f', 'jsonl', '-j', '2', '--doc-timeout', '0', '-o', out]);
      expect({ status: r.status, stderr: lines(r.stderr) }).toEqual({ status: 3, stderr: [`dvx: ${out}: no space left on device (ENOSPC); ${out} is left as it was`] });
      expect(readFileSync(out, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['out.jsonl']);
    } finally {
      spawnSync('umount', [dir]);
    }
  });
});

describe('SIGINT and SIGTERM remove the temporary file (built CLI)', () => {
  // a slow input: half a megabyte of dates, a few seconds of work
  const slow = (dir: string): string => {
    const file = path.join(dir, 'slow.txt');
    writeFileSync(file, 'tháng 1 năm 2021, ngày 5/3, '.repeat(20000));
    return file;
  };

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    test(`${signal}: exit ${code}, the target as it was, no temporary file`, async () => {
      const dir = scratch();
      const input = slow(dir);
      const outDir = path.join(dir, 'out');
      mkdirSync(outDir);
      const out = path.join(outDir, 'out.jsonl');
      writeFileSync(out, 'old');
      const child = spawn(process.execPath, ['bin/dvx.js', 'extract', SEED, input, input, '-f', 'jsonl', '-j', '1', '-o', out]);
      const exited = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      // wait for the temporary file, then signal
      for (let i = 0; i < 200 && readdirSync(outDir).length < 2; i++) await new Promise((r) => setTimeout(r, 25));
      expect(readdirSync(outDir).length).toBe(2);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(readdirSync(outDir)).toEqual(['out.jsonl']);
      expect(readFileSync(out, 'utf8')).toBe('old');
      rmSync(dir, { recursive: true, force: true });
    }, 30_000);
  }
});

describe('clean stderr and whole-file checks', () => {
  test('a JSON Lines id with a newline and escape codes is printed escaped: one line, no forged dvx: line', async () => {
    const id = 'x\ndvx: /etc/shadow: forged\u001b[31m\u202e';
    const r = await runCli(['extract', '-', '--input-format', 'jsonl', '-f', 'jsonl'], { stdin: `${JSON.stringify({ id, text: '' })}\n` });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toBe('dvx: -#x\\ndvx: /etc/shadow: forged\\x1b[31m\\u{202e}: line 1: no text (only white space)\n');
  });

  test('a path with control characters is printed escaped', async () => {
    const dir = scratch();
    const r = await runCli(['extract', path.join(dir, 'a\rb\u0007.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`dvx: ${dir}/a\\rb\\x07.txt: no such file or directory\n`);
  });

  test('NUL bytes after the first 8 KiB: binary, exit 1, one line', async () => {
    const dir = scratch();
    const file = path.join(dir, 'late-nul.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Ngày 5/3/2021, UBND tỉnh họp.\n'.repeat(600)), Buffer.alloc(33290)]));
    const r = await runCli(['extract', file, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/late-nul\.txt: binary data, not text \(a NUL byte at offset \d+\)$/)]);
    expect(JSON.parse(r.stdout).errors).toEqual([expect.objectContaining({ code: 'binary' })]);
  });

  test('a FIFO inside a folder is reported, not skipped', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'Có 5 xã.');
    try {
      execFileSync('mkfifo', [path.join(dir, 'b.txt')]);
    } catch {
      return;
    }
    const r = await runCli(['extract', dir, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`dvx: ${dir}/b.txt: not a regular file (a FIFO)`]);
    expect(lines(r.stdout).map((l) => JSON.parse(l).errors.map((e: { code: string }) => e.code))).toEqual([[], ['not-a-file']]);
  });
});

describe('CSV safe for spreadsheets', () => {
  const record = (id: string): string => `${JSON.stringify({ id, text: 'Ngày 5/3/2021, tỉnh chi 35 tỷ đồng.' })}\n`;

  test('a cell from the input that starts like a formula gets a leading apostrophe; numbers and fixed forms are untouched', async () => {
    const stdin = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '＝1'].map(record).join('');
    const r = await runCli(['extract', '-', '--input-format', 'jsonl', '-f', 'csv'], { stdin });
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect([...new Set(rows.map((row) => row.source_id))]).toEqual(['\'=HYPERLINK("http://x","y")', "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "'＝1"]);
    expect(rows.filter((row) => row.kind === 'money').map((row) => row.value)).toContain('35000000000');
  });

  test('--raw-cells keeps them as extracted', async () => {
    const r = await runCli(['extract', '-', '--input-format', 'jsonl', '-f', 'csv', '--raw-cells'], { stdin: record('=1+1') });
    expect((parseCsv(r.stdout, { columns: true }) as Record<string, string>[])[0]!.source_id).toBe('=1+1');
  });

  test('numbers in numeric columns are never touched, even negative; utc_offset keeps its sign', () => {
    expect(neutralize(-5, 'value')).toBe(-5);
    expect(neutralize('+07:00', 'utc_offset')).toBe('+07:00');
    expect(neutralize('-5', 'text')).toBe("'-5");
    expect(neutralize('5-', 'text')).toBe('5-');
  });

  test('refs csv: a source path that starts like a formula is neutralized too (built CLI, run where the file is)', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, '=x.txt'), 'Thực hiện Quyết định số 12/2021/QĐ-UBND ngày 5/3/2021 của UBND tỉnh.');
    const run = (extra: string[]) =>
      spawnSync(process.execPath, [path.resolve('bin/dvx.js'), 'refs', '=x.txt', '-f', 'csv', ...extra], { encoding: 'utf8', cwd: dir });
    const safe = run([]);
    expect(safe.status).toBe(0);
    expect((parseCsv(safe.stdout, { columns: true }) as Record<string, string>[])[0]!.sources).toBe("'=x.txt");
    expect((parseCsv(run(['--raw-cells']).stdout, { columns: true }) as Record<string, string>[])[0]!.sources).toBe('=x.txt');
  });
});

describe('--doc-timeout (built CLI)', () => {
  // how the command ended, all of it: a signal or a spawn error (a full output buffer) says more than a null status
  const outcome = (r: { status: number | null; signal: NodeJS.Signals | null; error?: Error }): object => ({ status: r.status, signal: r.signal, error: r.error?.message ?? null });

  test('a folder of 300 files and a 16 MB file of dates: one timeout record, 300 good ones, in order, the batch goes on', () => {
    const dir = scratch();
    for (let i = 0; i < 300; i++) writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.txt`), `Ngày ${(i % 28) + 1}/3/2021, tỉnh chi ${i + 1} tỷ đồng.`);
    // 16 MB: 4 MB of dates took about 3 s of CPU by mid-2026 (5 s before), too close to the budget
    writeFileSync(path.join(dir, '150-big.txt'), 'tháng 1 năm 2021, '.repeat(Math.ceil((16 * 1024 * 1024) / 24)));
    // a budget far above what a small file takes, even on a crowded machine, and far below what 16 MB of dates take
    const r = spawnSync(process.execPath, ['bin/dvx.js', 'extract', dir, '-f', 'jsonl', '-j', '2', '--doc-timeout', '3'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(outcome(r), `stderr: ${r.stderr.slice(-2000)}`).toEqual({ status: 1, signal: null, error: null });
    expect(lines(r.stderr)).toEqual([`dvx: ${dir}/150-big.txt: stopped after 3 s (--doc-timeout)`]);
    const records = lines(r.stdout).map((l) => DocResultSchema.parse(JSON.parse(l)));
    expect(records).toHaveLength(301);
    expect(records.map((x) => x.source.path)).toEqual(records.map((x) => x.source.path).sort());
    expect(records.filter((x) => x.errors.length > 0).map((x) => [path.basename(x.source.path), x.errors[0]!.code])).toEqual([['150-big.txt', 'timeout']]);
    expect(records.filter((x) => x.statistics.length === 1)).toHaveLength(300);
  }, 120_000);

  test('a lone large file runs under the budget too; --doc-timeout 0 turns it off', () => {
    const dir = scratch();
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, 'tháng 1 năm 2021, '.repeat(Math.ceil((2 * 1024 * 1024) / 24)));
    const stopped = spawnSync(process.execPath, ['bin/dvx.js', 'extract', big, '-f', 'jsonl', '--only', 'dates', '--doc-timeout', '0.2'], { encoding: 'utf8' });
    expect(outcome(stopped), `stderr: ${stopped.stderr.slice(-2000)}`).toEqual({ status: 1, signal: null, error: null });
    expect(JSON.parse(stopped.stdout).errors).toEqual([{ code: 'timeout', message: 'stopped after 0.2 s (--doc-timeout)' }]);
    const whole = spawnSync(process.execPath, ['bin/dvx.js', 'extract', big, '-f', 'jsonl', '--only', 'dates', '--doc-timeout', '0'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(whole.status).toBe(0);
    expect(JSON.parse(whole.stdout).dates.length).toBeGreaterThan(80_000);
  }, 120_000);

  test('JSON Lines through the pool: the batch holding a pathological record times out, one record per line, the stream goes on', () => {
    const dir = scratch();
    const records = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Ngày ${(i % 28) + 1}/3/2021, tỉnh chi ${i + 1} tỷ đồng.` }));
    // 11 MB of dates: 2.7 MB of them took about 3 s of CPU by mid-2026 (4 s before), at the budget
    records.splice(20, 0, JSON.stringify({ id: 'big', text: 'tháng 1 năm 2021, '.repeat(600_000) }));
    writeFileSync(path.join(dir, 'mix.jsonl'), `${records.join('\n')}\n`);
    const r = spawnSync(process.execPath, ['bin/dvx.js', 'extract', path.join(dir, 'mix.jsonl'), '-f', 'jsonl', '-j', '2', '--doc-timeout', '3'], { encoding: 'utf8' });
    expect(outcome(r), `stderr: ${r.stderr.slice(-2000)}`).toEqual({ status: 1, signal: null, error: null });
    const out = lines(r.stdout).map((l) => DocResultSchema.parse(JSON.parse(l)));
    expect(out.map((x) => x.source.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'r16', 'r17', 'r18', 'r19', 'big', ...Array.from({ length: 20 }, (_, i) => `r${i + 20}`)]);
    const stopped = out.filter((x) => x.errors.some((e) => e.code === 'timeout')).map((x) => x.source.id);
    expect(stopped).toContain('big');
    expect(lines(r.stderr)).toHaveLength(stopped.length);
    expect(out.filter((x) => x.errors.length === 0).length).toBe(41 - stopped.length);
  }, 120_000);

  // Work that runs on the main thread (a batch too small for the pool, stdin, a JSON Lines stream without
  // --jobs) has the same budget: about 9 MB of document codes takes seconds, far over a budget of 0.5 s, which
  // a short file never comes near. (0.9 MB took seconds until the pipeline got faster in 2026-12; then about 0.7 s,
  // so the timeout tests ran it whole, and a full output buffer ended them.)
  const slowText = (): string => 'Quyết định số 12/2021/QĐ-UBND ngày 5/3/2021 và Quyết định 12 của UBND tỉnh; '.repeat(90_000);
  const good = (i: number): string => `Ngày ${(i % 28) + 1}/3/2021, tỉnh chi ${i + 1} tỷ đồng.`;

  // a slow file under 1 MB (BUDGETED_SIZE): the batch stays on the main thread, its files extracted a group at a time
  // in one vm call (main-budget.ts runEach). A list of places under one type word: 0.94 MB, about 1.3 s here, so a
  // budget of 0.2 s leaves a machine six times as fast still stopping it (a first document over the budget before
  // any warm-up runs again after it: the short files never come near 0.2 s).
  const slowSmallText = (): string => `các xã ${'Tân Lập, Tân Hòa, Tân Phú, Tân Thành, '.repeat(20_000)}`;

  for (const [where, slow, budget] of [
    ['on the main thread (three files, none over 1 MB, no pool)', slowSmallText, '0.2'],
    ['in one worker (three files, one over 1 MB: its budget ends the thread, not the process)', slowText, '0.5'],
  ] as const) {
    test(`${where}: the slow file is stopped, the others are extracted, in order`, () => {
      const dir = scratch();
      writeFileSync(path.join(dir, 'a.txt'), good(1));
      writeFileSync(path.join(dir, 'b.txt'), slow());
      writeFileSync(path.join(dir, 'c.txt'), good(2));
      expect(Buffer.byteLength(slow()) < 1024 * 1024).toBe(slow === slowSmallText);
      const r = spawnSync(process.execPath, ['bin/dvx.js', 'extract', dir, '-f', 'jsonl', '--doc-timeout', budget], { encoding: 'utf8' });
      const message = `stopped after ${budget} s (--doc-timeout)`;
      expect(outcome(r), `stderr: ${r.stderr.slice(-2000)}`).toEqual({ status: 1, signal: null, error: null });
      expect(lines(r.stderr), `stdout: ${r.stdout.slice(0, 2000)}`).toEqual([`dvx: ${dir}/b.txt: ${message}`]);
      const records = lines(r.stdout).map((l) => DocResultSchema.parse(JSON.parse(l)));
      expect(records.map((x) => path.basename(x.source.path))).toEqual(['a.txt', 'b.txt', 'c.txt']);
      // the same record on the main thread as the pool gives when it ends a worker: the path, nothing read from the file
      expect(records[1]!.source).toEqual({ path: `${dir}/b.txt`, format: 'text', encoding: null, bytes: 0, sha256: null });
      expect(records[1]!.errors).toEqual([{ code: 'timeout', message }]);
      expect(records.filter((x) => x.errors.length === 0 && x.statistics.length === 1)).toHaveLength(2);
    }, 120_000);
  }

  test('stdin runs under the budget', () => {
    const r = spawnSync(process.execPath, ['bin/dvx.js', 'extract', '-', '-f', 'jsonl', '--doc-timeout', '0.5'], { input: slowText(), encoding: 'utf8' });
    expect(outcome(r), `stderr: ${r.stderr.slice(-2000)}`).toEqual({ status: 1, signal: null, error: null });
    expect(lines(r.stderr)).toEqual(['dvx: -: stopped after 0.5 s (--doc-timeout)']);
    expect(DocResultSchema.parse(JSON.parse(r.stdout)).errors).toEqual([{ code: 'timeout', message: 'stopped after 0.5 s (--doc-timeout)' }]);
  }, 120_000);

  test('a JSON Lines stream without --jobs: only the slow record is stopped, the stream goes on', () => {
    const dir = scratch();
    const records = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `r${i}`, text: good(i) }));
    records.splice(10, 0, JSON.stringify({ id: 'slow', text: slowText() }), JSON.stringify({ id: 'slow-page', html: `<html><body><article><p>${slowText()}</p></article></body></html>` }));
    writeFileSync(path.join(dir, 'mix.jsonl'), `${records.join('\n')}\n`);
    const file = path.join(dir, 'mix.jsonl');
    const r = spawnSync(process.execPath, ['bin/dvx.js', 'extract', file, '-f', 'jsonl', '--doc-timeout', '0.5'], { encoding: 'utf8' });
    expect(outcome(r), `stderr: ${r.stderr.slice(-2000)}`).toEqual({ status: 1, signal: null, error: null });
    expect(lines(r.stderr)).toEqual([`dvx: ${file}#slow: stopped after 0.5 s (--doc-timeout)`, `dvx: ${file}#slow-page: stopped after 0.5 s (--doc-timeout)`]);
    const out = lines(r.stdout).map((l) => DocResultSchema.parse(JSON.parse(l)));
    expect(out.map((x) => x.source.id)).toEqual([...Array.from({ length: 10 }, (_, i) => `r${i}`), 'slow', 'slow-page', ...Array.from({ length: 10 }, (_, i) => `r${i + 10}`)]);
    expect(out.filter((x) => x.errors.length > 0).map((x) => [x.source.id, x.errors[0]!.code, x.source.bytes])).toEqual([
      ['slow', 'timeout', 0],
      ['slow-page', 'timeout', 0],
    ]);
    expect(out.filter((x) => x.statistics.length === 1)).toHaveLength(20);
  }, 120_000);

  test('a budget that is not a number of seconds is a usage error', async () => {
    expect((await runCli(['extract', SEED, '--doc-timeout', 'soon'])).code).toBe(2);
    expect((await runCli(['extract', SEED, '--doc-timeout', '-1'])).code).toBe(2);
  });
});
