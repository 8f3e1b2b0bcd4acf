/**
 * `npm run test:install`: the package as a user gets it. `npm pack`, then the
 * tarball unpacked into a temporary folder's node_modules/dvx with its bin
 * linked, as npm installs it, offline: its dependencies come from the
 * clone's node_modules (npm's cache holds no registry metadata to resolve
 * them without a lock). From there: `dvx --version`, one extraction, the
 * README's library example run as written, and a typed program checked with
 * tsc against the shipped declarations. Slow (a build and a pack), so not
 * part of `npm test`; .ci/run runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = process.cwd();
const SEED = path.join(ROOT, 'fixtures/seeds/000_21323159f601ec20.txt');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
let app = '';

/** The first ```js block after the README heading `## Library`. */
export function readmeLibraryExample(readme: string): string {
  const section = readme.slice(readme.indexOf('\n## Library'));
  const start = section.indexOf('```js\n');
  if (start === -1) throw new Error('README: no ```js block under ## Library');
  return section.slice(start + 6, section.indexOf('\n```', start + 6) + 1);
}

describe('the packed package, installed', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
    const work = mkdtempSync(path.join(tmpdir(), 'dvx-pack-'));
    execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    app = path.join(work, 'app');
    const modules = path.join(app, 'node_modules');
    mkdirSync(path.join(modules, '.bin'), { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', modules]);
    renameSync(path.join(modules, 'package'), path.join(modules, 'dvx'));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(modules, 'dvx', 'node_modules'));
    const bin = (JSON.parse(readFileSync(path.join(modules, 'dvx', 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.dvx!;
    symlinkSync(path.join('..', 'dvx', bin), path.join(modules, '.bin', 'dvx'));
  }, 300_000);

  test('ships bin, dist with declarations, and nothing of the sources or tests', () => {
    const pkg = path.join(app, 'node_modules/dvx');
    expect(existsSync(path.join(pkg, 'bin/dvx.js'))).toBe(true);
    expect(existsSync(path.join(pkg, 'dist/index.js'))).toBe(true);
    expect(existsSync(path.join(pkg, 'dist/index.d.ts'))).toBe(true);
    expect(existsSync(path.join(pkg, 'src'))).toBe(false);
    expect(existsSync(path.join(pkg, 'test'))).toBe(false);
    expect(existsSync(path.join(pkg, 'fixtures'))).toBe(false);
  });

  test('dvx --version, and one extraction with only the record on stdout', () => {
    const dvx = path.join(app, 'node_modules/.bin/dvx');
    const version = spawnSync(dvx, ['--version'], { cwd: app, encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(VERSION);
    const r = spawnSync(dvx, ['extract', SEED, '--only', 'dates'], { cwd: app, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const record = JSON.parse(r.stdout) as { source: { path: string }; dates: unknown[] };
    expect(record.source.path).toBe(SEED);
    expect(record.dates.length).toBeGreaterThan(5);
  });

  test("the README's library example runs as written, importing 'dvx'", () => {
    const example = readmeLibraryExample(readFileSync('README.md', 'utf8'));
    expect(example).toContain("from 'dvx'");
    writeFileSync(path.join(app, 'example.mjs'), example);
    const r = spawnSync(process.execPath, ['example.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('12/QĐ-UBND');
  });

  test('the declarations type a user program (tsc, strict)', () => {
    writeFileSync(
      path.join(app, 'typed.ts'),
      [
        "import { extract, extractFile, type DocResult, type ExtractOptions } from 'dvx';",
        "const options: ExtractOptions = { only: ['dates'], refDate: '2024-01-01', tone: 'traditional' };",
        "const record: DocResult = extract({ text: 'Ngày 02/9/1945.', path: 'a.txt' }, options);",
        'const first: string | undefined = record.dates[0]?.from;',
        "const later: Promise<DocResult> = extractFile('a.txt', { encoding: 'tcvn3' });",
        'void first; void later;',
        '// @ts-expect-error: an unknown category is a type error',
        "extract('x', { only: ['dogs'] });",
        '',
      ].join('\n'),
    );
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'typed.ts'], { cwd: app, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
