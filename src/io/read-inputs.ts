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
import { createReadStream, readFileSync, statSync, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
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
  /** Found by walking a folder argument (not named on the command line). */
  inFolder?: boolean;
}

/** Something about the inputs worth a line on stderr that is not a failure (a link to a folder already walked). */
export interface InputNotice {
  path: string;
  message: string;
}

export interface ExpandOptions {
  globs?: readonly string[];
  /** Called for each notice, in walk order. */
  notice?: (n: InputNotice) => void;
  /** Keep only this share of the files (`--shard K/N`); stdin is always kept. */
  shard?: Shard;
}

/**
 * Inputs in the order given; a folder's files (and its entries that cannot
 * be listed) sorted by path. The list is de-duplicated: a file named twice,
 * or named and also found in a folder given, is processed once, where it
 * first appears (files compare by their real path, so links and `./a.txt`
 * count as the file they lead to). Extensions match the globs whatever their
 * case (`A.TXT`, `b.Html`). Links to folders are followed, each real folder
 * walked once: a link back to a folder on the way (`loop -> .`) or to one
 * already walked is a notice, not a second walk. With a shard, a folder's
 * file is kept by the hash of its path inside the folder, a named file by its
 * path as given.
 */
export async function expandInputs(inputs: readonly string[], options: ExpandOptions | readonly string[] = {}): Promise<InputEntry[]> {
  const { globs = DEFAULT_GLOBS, notice = () => {}, shard } = Array.isArray(options) ? { globs: options as readonly string[], shard: undefined } : (options as ExpandOptions);
  const mine = (key: string): boolean => !shard || inShard(key, shard);
  const isMatch = picomatch([...globs], { dot: false, nocase: true });
  const entries: InputEntry[] = [];
  const seen = new Set<string>();
  const walkedDirs = new Map<string, string>();
  /** The real paths the walks already know (a plain file in a folder whose real path is known), by path as given. */
  const known = new Map<string, string>();
  const add = async (entry: InputEntry): Promise<void> => {
    const key = entry.ref.kind === 'stdin' ? '-' : (known.get(entry.ref.path) ?? (await identity(entry.ref.path)));
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(entry);
  };
  const list = inputs.length === 0 ? ['-'] : inputs;
  for (const input of list) {
    if (input === '-') {
      await add({ ref: { path: '-', kind: 'stdin' } });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      if (mine(input)) await add({ ref: { path: input, kind: 'file' }, error: fsError(err) });
      continue;
    }
    if (!info.isDirectory()) {
      if (mine(input)) await add({ ref: { path: input, kind: 'file' } });
      continue;
    }
    const real = await realpath(input);
    if (walkedDirs.has(real)) continue; // the same folder given twice: its files would all be duplicates
    walkedDirs.set(real, input);
    const walked: Walked = { files: [], reals: new Map(), failures: [] };
    const links: Deferred[] = [];
    await walk({ root: input, rel: '', isMatch, ancestors: [real], walkedDirs, links, out: walked });
    // Links to folders last, so a file reachable both ways is listed under its own path, not the link's.
    for (let link = links.shift(); link; link = links.shift()) {
      const shown = joinAsGiven(input, link.rel);
      const target = await realpath(path.join(input, link.rel)).catch(() => null);
      if (target === null) continue;
      if (link.ancestors.includes(target)) notice({ path: shown, message: `a link back to ${walkedDirs.get(target) ?? target} (a loop); not followed` });
      else if (walkedDirs.has(target)) notice({ path: shown, message: `a link to ${walkedDirs.get(target)}, already walked; not followed` });
      else {
        walkedDirs.set(target, shown);
        await walk({ root: input, rel: link.rel, isMatch, ancestors: [...link.ancestors, target], walkedDirs, links, out: walked });
      }
    }
    for (const [rel, real] of walked.reals) known.set(joinAsGiven(input, rel), real);
    const found: InputEntry[] = [
      ...walked.files.filter(mine).map((rel) => ({ ref: { path: joinAsGiven(input, rel), kind: 'file' as const }, inFolder: true })),
      ...walked.failures
        .filter(({ rel }) => mine(rel))
        .map(({ rel, error }) => ({ ref: { path: joinAsGiven(input, rel), kind: 'file' as const }, error, inFolder: true })),
    ];
    for (const entry of found.sort((a, b) => (a.ref.path < b.ref.path ? -1 : a.ref.path > b.ref.path ? 1 : 0))) await add(entry);
  }
  return entries;
}

/** What makes two paths the same input: the real path when it resolves, else the absolute path. */
async function identity(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return path.resolve(file);
  }
}

interface Walked {
  files: string[];
  /**
   * The real path of each plain file listed (not a link): its folder's real path and its name, which is what
   * `realpath` would answer, without a call per file (a batch of thousands of files waited on them one by one).
   */
  reals: Map<string, string>;
  failures: { rel: string; error: InputError }[];
}

/** A link to a folder, followed once the plain folders are walked. */
interface Deferred {
  rel: string;
  /** Real paths of the folders that hold the link, from the root down. */
  ancestors: string[];
}

interface WalkState {
  root: string;
  rel: string;
  isMatch: (p: string) => boolean;
  /** Real paths of the folders from the root down to this one. */
  ancestors: string[];
  /** Real path → the path it was first walked as. */
  walkedDirs: Map<string, string>;
  /** Links to folders met on the way, followed after the plain folders. */
  links: Deferred[];
  out: Walked;
}

/** Every file below `root` whose relative path matches; folders that cannot be listed are failures; links to folders are deferred. */
async function walk(state: WalkState): Promise<void> {
  const { root, rel, isMatch, out } = state;
  let entries;
  try {
    entries = await readdir(path.join(root, rel), { withFileTypes: true });
  } catch (err) {
    out.failures.push({ rel: rel || '.', error: fsError(err) });
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) {
      const target = await stat(path.join(root, child)).catch(() => null);
      if (target?.isDirectory()) state.links.push({ rel: child, ancestors: state.ancestors });
      // a link to a file, or a broken link: listed when its name matches, and reported when it is read
      else if (isMatch(child)) out.files.push(child);
    } else if (entry.isDirectory()) {
      const real = await realpath(path.join(root, child)).catch(() => path.resolve(root, child));
      if (state.walkedDirs.has(real)) continue;
      state.walkedDirs.set(real, joinAsGiven(root, child));
      await walk({ ...state, rel: child, ancestors: [...state.ancestors, real] });
    } else if (entry.isFile() && isMatch(child)) {
      out.files.push(child);
      out.reals.set(child, path.join(state.ancestors[state.ancestors.length - 1]!, entry.name));
    } else if (isMatch(child)) {
      // a FIFO, socket or device that the patterns select: reported like any entry that cannot be read
      out.failures.push({ rel: child, error: new InputError('not-a-file', `not a regular file (${specialKind(entry)})`) });
    }
  }
}

function specialKind(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  return 'an entry of unknown type';
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
function statFile(file: string): Stats {
  let info;
  try {
    info = statSync(file);
  } catch (err) {
    throw fsError(err);
  }
  if (!info.isFile()) throw new InputError('not-a-file', 'not a regular file');
  return info;
}

/**
 * An input's bytes and their hash. A file is read with blocking calls (stat, then the whole file): a batch reads its
 * files one after the other on the thread that extracts them, and nothing else waits on that thread meanwhile. The
 * promise API cost more there (issue 14, 1,600 reports of 13 KB, alternating runs): four libuv round trips a file,
 * ~0.2 ms of the main thread's CPU each file plus the wait for the thread pool, which the one-file read-ahead it
 * had did not hide (a batch's files are loaded a group at a time, then extracted). Blocking reads were ~5–12%
 * faster in wall time with `--jobs 1` and ~7% with `--jobs 2`, with less CPU in the kernel. (An earlier try in the
 * workers alone had measured the opposite on a busy host; it did not reproduce.)
 */
export async function readInput(ref: InputRef, options: ReadOptions): Promise<RawInput> {
  let bytes: Uint8Array;
  if (ref.kind === 'stdin') {
    bytes = await options.stdin();
  } else {
    const info = statFile(ref.path);
    if (info.size > options.maxBytes) {
      throw new InputError('too-large', `file too large (${info.size} bytes > --max-bytes ${options.maxBytes})`);
    }
    try {
      bytes = readFileSync(ref.path);
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
  statFile(ref.path);
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
