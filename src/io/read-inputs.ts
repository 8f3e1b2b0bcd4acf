/**
 * Paths and stdin → input references and their bytes. The only module that
 * touches the file system for inputs (besides atomic output in cli/).
 *
 * A folder is walked recursively and its paths matched against `--glob`
 * patterns (picomatch), sorted so that output order is deterministic. Links
 * are listed, not followed into: a broken or looping link, or a file or
 * sub-folder that cannot be read, becomes an InputError for that entry, never
 * the end of the batch and never a silent skip.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { InputError } from './errors.js';
import { inShard, type Shard } from './shard.js';

export const DEFAULT_GLOBS = ['**/*.txt', '**/*.html', '**/*.htm'];

export interface InputRef {
  /** As the user gave it, or joined to the folder they gave; `-` for stdin. Never made absolute. */
  path: string;
  kind: 'file' | 'stdin';
}

/** One input to process, in the order given; `error` when it failed before reading (a path that does not exist). */
export interface InputEntry {
  ref: InputRef;
  error?: InputError;
}

export interface ExpandOptions {
  /** Keep only this share of the files (`--shard K/N`); stdin is always kept. */
  shard?: Shard;
}

/**
 * Inputs in the order given; a folder's files (and its entries that cannot be listed) sorted by path. With a
 * shard, a folder's file is kept by the hash of its path inside the folder, a named file by its path as given.
 */
export async function expandInputs(
  inputs: readonly string[],
  globs: readonly string[] = DEFAULT_GLOBS,
  options: ExpandOptions = {},
): Promise<InputEntry[]> {
  const mine = (key: string): boolean => !options.shard || inShard(key, options.shard);
  const entries: InputEntry[] = [];
  const list = inputs.length === 0 ? ['-'] : inputs;
  for (const input of list) {
    if (input === '-') {
      entries.push({ ref: { path: '-', kind: 'stdin' } });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      if (mine(input)) entries.push({ ref: { path: input, kind: 'file' }, error: fsError(err) });
      continue;
    }
    if (!info.isDirectory()) {
      if (mine(input)) entries.push({ ref: { path: input, kind: 'file' } });
      continue;
    }
    const walked = await walk(input, '', picomatch([...globs], { dot: false }));
    const found: InputEntry[] = [
      ...walked.files.filter(mine).map((rel) => ({ ref: { path: joinAsGiven(input, rel), kind: 'file' as const } })),
      ...walked.failures
        .filter(({ rel }) => mine(rel))
        .map(({ rel, error }) => ({ ref: { path: joinAsGiven(input, rel), kind: 'file' as const }, error })),
    ];
    entries.push(...found.sort((a, b) => (a.ref.path < b.ref.path ? -1 : a.ref.path > b.ref.path ? 1 : 0)));
  }
  return entries;
}

interface Walked {
  files: string[];
  failures: { rel: string; error: InputError }[];
}

/** Every file or link below `root` whose relative path matches; folders that cannot be listed are failures. */
async function walk(root: string, rel: string, isMatch: (p: string) => boolean): Promise<Walked> {
  const out: Walked = { files: [], failures: [] };
  let entries;
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch (err) {
    out.failures.push({ rel: rel || '.', error: fsError(err) });
    return out;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      const sub = await walk(root, child, isMatch);
      out.files.push(...sub.files);
      out.failures.push(...sub.failures);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isMatch(child)) {
      out.files.push(child);
    }
  }
  return out;
}

/** Join keeping the user's form (`reports/` + `a/b.txt` → `reports/a/b.txt`), with forward slashes. */
function joinAsGiven(dir: string, rel: string): string {
  return path.posix.join(dir.split(path.sep).join('/'), rel);
}

export interface ReadOptions {
  maxBytes: number;
  stdin: () => Promise<Uint8Array>;
  /** stdin as a stream of chunks, for inputs read record by record (JSON Lines); else `stdin` is read whole. */
  stdinStream?: () => AsyncIterable<Uint8Array>;
}

export interface RawInput {
  ref: InputRef;
  bytes: Uint8Array;
  sha256: string;
}

/** The file's stat, or an InputError: it does not exist, cannot be read, or is not a regular file. */
async function statFile(file: string): Promise<Awaited<ReturnType<typeof stat>>> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    throw fsError(err);
  }
  if (!info.isFile()) throw new InputError('not-a-file', 'not a regular file');
  return info;
}

export async function readInput(ref: InputRef, options: ReadOptions): Promise<RawInput> {
  let bytes: Uint8Array;
  if (ref.kind === 'stdin') {
    bytes = await options.stdin();
  } else {
    const info = await statFile(ref.path);
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

/**
 * The bytes of an input as a stream of chunks, for inputs read record by
 * record (JSON Lines): no size limit on the whole, memory stays constant.
 */
export async function* streamInput(ref: InputRef, options: ReadOptions): AsyncGenerator<Uint8Array> {
  if (ref.kind === 'stdin') {
    if (options.stdinStream) yield* options.stdinStream();
    else yield await options.stdin();
    return;
  }
  await statFile(ref.path);
  try {
    for await (const chunk of createReadStream(ref.path, { highWaterMark: 256 * 1024 })) yield chunk as Buffer;
  } catch (err) {
    throw fsError(err);
  }
}

function fsError(err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('not-found', 'no such file or directory');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', 'permission denied');
  if (code === 'EISDIR') return new InputError('not-a-file', 'is a directory');
  return new InputError('unreadable', (err as Error).message ?? String(err));
}
