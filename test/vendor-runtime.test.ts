/**
 * The native stand-in for @babel/runtime-corejs3 (vendor/, via package.json
 * overrides, so core-js-pure is never installed): every path xregexp's build
 * requires exists there and behaves as the core-js version does for the
 * values xregexp gives it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const VENDOR = path.resolve('vendor/babel-runtime-corejs3-native');
const require = createRequire(import.meta.url);
const load = (p: string): unknown => require(path.join(VENDOR, p));

function libFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? libFiles(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
}

describe('vendor/babel-runtime-corejs3-native', () => {
  test('every module xregexp requires from @babel/runtime-corejs3 is there', () => {
    const lib = path.dirname(require.resolve('xregexp'));
    const wanted = new Set<string>();
    for (const file of libFiles(lib)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/require\("@babel\/runtime-corejs3\/([^"]+)"\)/g)) wanted.add(m[1]!);
    }
    expect(wanted.size).toBeGreaterThan(10);
    for (const p of wanted) expect(() => load(p), p).not.toThrow();
  });

  test('the package name and the override that points to it', () => {
    expect((JSON.parse(readFileSync(path.join(VENDOR, 'package.json'), 'utf8')) as { name: string }).name).toBe('@babel/runtime-corejs3');
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { overrides: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.overrides['@babel/runtime-corejs3']).toBe('$@babel/runtime-corejs3');
    expect(pkg.devDependencies['@babel/runtime-corejs3']).toBe('file:vendor/babel-runtime-corejs3-native');
  });

  test('the helpers behave as the core-js ones', () => {
    const instance = (name: string): ((it: unknown) => (...a: unknown[]) => unknown) => load(`core-js-stable/instance/${name}`) as never;
    expect(instance('slice')('abcdef').call('abcdef', 1, 3)).toBe('bc');
    expect(instance('slice')([1, 2, 3]).call([1, 2, 3], 1)).toEqual([2, 3]);
    expect(instance('index-of')('abc').call('abc', 'c')).toBe(2);
    expect(instance('concat')([1]).call([1], [2], 3)).toEqual([1, 2, 3]);
    expect(instance('map')([1, 2]).call([1, 2], (x: number) => x * 2)).toEqual([2, 4]);
    expect(instance('reduce')([1, 2]).call([1, 2], (a: number, b: number) => a + b, 0)).toBe(3);
    expect(instance('sort')([3, 1]).call([3, 1])).toEqual([1, 3]);
    expect((load('core-js-stable/instance/flags') as (r: RegExp) => string)(/x/giu)).toBe('giu');
    const sliced = load('helpers/slicedToArray') as (r: unknown, e?: number) => unknown[];
    expect(sliced([1, 2, 3], 2)).toEqual([1, 2, 3]);
    expect(sliced(new Set([1, 2, 3]), 2)).toEqual([1, 2]);
    expect(sliced('ab'[Symbol.iterator](), undefined)).toEqual(['a', 'b']);
    expect(() => sliced(5, 1)).toThrow(TypeError);
    const interop = load('helpers/interopRequireDefault') as (m: unknown) => { default: unknown };
    expect(interop(Math.max).default).toBe(Math.max);
    expect((load('core-js/get-iterator-method') as (x: unknown) => unknown)([])).toBe(Array.prototype[Symbol.iterator]);
    expect(load('core-js-stable/symbol')).toBe(Symbol);
    expect(load('core-js-stable/array/from')).toBe(Array.from);
  });
});
