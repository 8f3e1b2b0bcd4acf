/**
 * The user's failures: each is exactly one `dvx: ...` line on stderr with its
 * documented exit code, never a stack trace, and nothing half-written.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, type FakeRun } from './helpers/fake-io.js';

const SEED = 'fixtures/seeds/000_21323159f601ec20.txt';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'dvx-err-'));
}

/** Exactly one stderr line, starting `dvx: `, matching `pattern`; no stack frame anywhere. */
function oneLine(r: { stderr: string }, pattern: RegExp): void {
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^dvx: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
}

function built(): void {
  if (!existsSync('dist/cli/run.js')) execFileSync('npm', ['run', '-s', 'build']);
}

describe('-o is checked before anything is read or written (exit 2)', () => {
  test('into a folder that does not exist', async () => {
    const dir = scratch();
    const target = path.join(dir, 'missing', 'x.json');
    const r: FakeRun = await runCli(['extract', SEED, '-o', target]);
    expect(r.code).toBe(2);
    oneLine(r, /^dvx: -o .*missing\/x\.json: the folder .*missing does not exist/);
    expect(r.stdout).toBe('');
    expect(existsSync(path.join(dir, 'missing'))).toBe(false);
  });

  test('naming an existing folder', async () => {
    const dir = scratch();
    const r = await runCli(['extract', SEED, '-o', dir]);
    expect(r.code).toBe(2);
    oneLine(r, /: is a folder; name a file inside it/);
    expect(readdirSync(dir)).toEqual([]);
    const slash = await runCli(['refs', SEED, '-o', 'out/']);
    expect(slash.code).toBe(2);
    oneLine(slash, /^dvx: -o out\/: expected a file name, not a folder$/);
  });

  test('naming a device: refused, never renamed over', async () => {
    const r = await runCli(['extract', SEED, '-o', '/dev/null']);
    expect(r.code).toBe(2);
    oneLine(r, /^dvx: -o \/dev\/null: not a regular file .*redirect stdout instead/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test('under a path whose parent is a file', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'f'), 'x');
    const r = await runCli(['refs', SEED, '-o', path.join(dir, 'f', 'x.csv')]);
    expect(r.code).toBe(2);
    oneLine(r, /is not a folder$/);
  });
});

describe('eval', () => {
  test('a folder that does not exist is a usage error', async () => {
    const r = await runCli(['eval', 'no/such/seeds', 'fixtures/gold']);
    expect(r.code).toBe(2);
    oneLine(r, /^dvx: eval: no\/such\/seeds: no such folder \(the texts folder\)$/);
    const gold = await runCli(['eval', 'fixtures/seeds', 'no/such/gold']);
    expect(gold.code).toBe(2);
    oneLine(gold, /the gold folder/);
    const file = await runCli(['eval', SEED, 'fixtures/gold']);
    expect(file.code).toBe(2);
    oneLine(file, /not a folder/);
  });

  test('a gold file without its text: one line, the others still scored, exit 1', async () => {
    const dir = scratch();
    const gold = path.join(dir, 'gold');
    cpSync('fixtures/gold', gold, { recursive: true });
    writeFileSync(path.join(gold, 'zz-orphan.json'), JSON.stringify({ file: 'missing.txt', meta: { title: null, published: null, author: null, outlet: null }, dates: [], documents: [], organizations: [], statistics: [] }));
    const r = await runCli(['eval', 'fixtures/seeds', gold, '--json']);
    expect(r.code).toBe(1);
    oneLine(r, /^dvx: .*zz-orphan\.json: its text fixtures\/seeds\/missing\.txt cannot be read/);
    const report = JSON.parse(r.stdout) as { files: { file: string }[] };
    expect(report.files.length).toBe(readdirSync('fixtures/gold').filter((f) => f.endsWith('.json')).length);
  });

  test('a gold file that is not JSON, and a missing baseline', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'bad.json'), '{ not json');
    const r = await runCli(['eval', 'fixtures/seeds', dir]);
    expect(r.code).toBe(1);
    oneLine(r, /bad\.json: not valid JSON/);
    const b = await runCli(['eval', 'fixtures/seeds', 'fixtures/gold', '--baseline', path.join(dir, 'none.json')]);
    expect(b.code).toBe(2);
    oneLine(b, /^dvx: eval: --baseline .*none\.json: no such file$/);
  });
});

describe('usage errors from the option parser', () => {
  test.each([
    [['bogus'], /^dvx: unknown command 'bogus' \(dvx --help for usage\)$/],
    [['extract', '--only', 'dogs', 'x'], /^dvx: option '--only <categories>' argument 'dogs' is invalid\. expected a comma-separated list of/],
    [['extract', '--nope'], /^dvx: unknown option '--nope'/],
    [['eval'], /^dvx: missing required argument 'seeds'/],
    [['extract', '-f', 'xml', 'a.txt'], /^dvx: option '-f, --format <format>' argument 'xml' is invalid/],
  ])('%j: one dvx line, exit 2', async (argv, pattern) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    oneLine(r, pattern);
    expect(r.stdout).toBe('');
  });
});

describe('text that is not UTF-8', () => {
  test('the message names the offset of the bad byte itself (exit 1, one line)', async () => {
    const dir = scratch();
    const head = Buffer.from('Có 12 người ', 'utf8');
    const file = path.join(dir, 'bad.txt');
    writeFileSync(file, Buffer.concat([head, Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' ở đây', 'utf8')]));
    const r = await runCli(['extract', file]);
    expect(r.code).toBe(1);
    oneLine(r, new RegExp(`: not valid UTF-8 \\(byte 0xff at offset ${head.length}\\)`));
  });
});

describe('no input on a terminal', () => {
  test('extract, refs and normalize print the usage and exit 2 instead of waiting', async () => {
    for (const command of ['extract', 'refs', 'normalize']) {
      const r = await runCli([command], { stdinTty: true });
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`dvx: ${command}: no input; give files or folders, or pipe text on stdin`);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('dvx:'))).toHaveLength(1);
      expect(r.stderr).toContain(`Usage: dvx ${command}`);
      expect(r.stdout).toBe('');
    }
  });

  test('piped stdin is still read when no argument is given', async () => {
    const r = await runCli(['extract', '--only', 'dates'], { stdin: 'Ngày 02/9/1945 là ngày Quốc khánh.' });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { dates: unknown[] }).dates).toHaveLength(1);
  });
});

describe('the installed command (built)', () => {
  test('stdout on a full device (ENOSPC): one line, exit 2', () => {
    built();
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, ['bin/dvx.js', 'extract', 'fixtures/seeds'], { encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
      expect(r.status).toBe(2);
      oneLine(r, /^dvx: cannot write to stdout: no space left on device$/);
    } finally {
      closeSync(fd);
    }
  });

  test('-o into a missing folder from the built command: one line, exit 2', () => {
    built();
    const dir = scratch();
    const r = spawnSync(process.execPath, ['bin/dvx.js', 'extract', SEED, '-o', path.join(dir, 'nope', 'x.json')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    oneLine(r, /does not exist/);
    rmSync(dir, { recursive: true, force: true });
  });

  test('eval with a missing folder from the built command: one line, exit 2', () => {
    built();
    const r = spawnSync(process.execPath, ['bin/dvx.js', 'eval', 'missing_folder', 'fixtures/gold'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    oneLine(r, /^dvx: eval: missing_folder: no such folder/);
  });
});
