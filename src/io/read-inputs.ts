/**
 * Paths and stdin → input references and their bytes. The only module that
 * touches the file system for inputs (besides atomic output in cli/).
 *
 * A folder is walked recursively (tinyglobby) for `--glob` patterns, sorted
 * so that output order is deterministic; an unreadable entry becomes an
 * InputError for that entry, never the end of the batch.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { InputError } from './errors.js';

export const DEFAULT_GLOBS = ['**/*.txt', '**/*.html', '**/*.htm'];

export interface InputRef {
  /** As the user gave it, or joined to the folder they gave; `-` for stdin. Never made absolute. */
  path: string;
  kind: 'file' | 'stdin';
}

export interface ExpandedInputs {
  refs: InputRef[];
  /** Inputs that failed before reading (a path that does not exist). */
  failures: { ref: InputRef; error: InputError }[];
}

export async function expandInputs(inputs: readonly string[], globs: readonly string[] = DEFAULT_GLOBS): Promise<ExpandedInputs> {
  const refs: InputRef[] = [];
  const failures: ExpandedInputs['failures'] = [];
  const list = inputs.length === 0 ? ['-'] : inputs;
  for (const input of list) {
    if (input === '-') {
      refs.push({ path: '-', kind: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      failures.push({ ref: { path: input, kind: 'file' }, error: fsError(err) });
      continue;
    }
    if (info.isDirectory()) {
      const found = await glob([...globs], { cwd: input, onlyFiles: true, dot: false, followSymbolicLinks: false, expandDirectories: false });
      for (const rel of found.sort()) refs.push({ path: joinAsGiven(input, rel), kind: 'file' });
    } else {
      refs.push({ path: input, kind: 'file' });
    }
  }
  return { refs, failures };
}

/** Join keeping the user's form (`reports/` + `a/b.txt` → `reports/a/b.txt`), with forward slashes. */
function joinAsGiven(dir: string, rel: string): string {
  return path.posix.join(dir.split(path.sep).join('/'), rel);
}

export interface ReadOptions {
  maxBytes: number;
  stdin: () => Promise<Uint8Array>;
}

export interface RawInput {
  ref: InputRef;
  bytes: Uint8Array;
  sha256: string;
}

export async function readInput(ref: InputRef, options: ReadOptions): Promise<RawInput> {
  let bytes: Uint8Array;
  if (ref.kind === 'stdin') {
    bytes = await options.stdin();
  } else {
    let info;
    try {
      info = await stat(ref.path);
    } catch (err) {
      throw fsError(err);
    }
    if (!info.isFile()) throw new InputError('not-a-file', 'not a regular file');
    if (info.size > options.maxBytes) {
      throw new InputError('too-large', `file too large (${info.size} bytes > --max-bytes ${options.maxBytes})`);
    }
    try {
      bytes = await readFile(ref.path);
    } catch (err) {
      throw fsError(err);
    }
  }
  if (bytes.length > options.maxBytes) {
    throw new InputError('too-large', `input too large (${bytes.length} bytes > --max-bytes ${options.maxBytes})`);
  }
  return { ref, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function fsError(err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('not-found', 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', 'permission denied');
  if (code === 'EISDIR') return new InputError('not-a-file', 'is a directory');
  return new InputError('unreadable', (err as Error).message ?? String(err));
}
