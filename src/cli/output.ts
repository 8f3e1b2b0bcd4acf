/**
 * Where output goes, and how it is written safely.
 *
 * - stdout, or an open descriptor named by `/dev/stdout`, `/dev/fd/N`: written
 *   as a stream; a write error is reported when the next write or the final
 *   flush sees it.
 * - `-o FILE` for a regular file (or one that does not exist yet): written to a
 *   temporary file beside it, created exclusively (`wx`) under an unpredictable
 *   name, so a planted file or link at that name is never followed. On success
 *   the temporary file gets the target's mode (and owner, when dvx may set it)
 *   and is renamed over the target; on failure, or on SIGINT and SIGTERM, it is
 *   removed, and the target is left as it was.
 * - a symbolic link is written through: the file it points to is replaced.
 * - a target that is not a regular file (a device such as /dev/null, a FIFO) is
 *   written directly, never replaced.
 *
 * Every failure to write is an OutputError naming the output and the reason;
 * the commands turn it into one `dvx:` line and the exit code EXIT.OUTPUT.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, readlinkSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { escapeForTerminal } from './escape.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo, TextSink } from './io.js';

export interface Output extends TextSink {
  /** Make the output final: everything written and flushed, the temporary file renamed into place. */
  commit(): Promise<void>;
  /** Drop what was written (remove the temporary file); never throws. */
  abort(): void;
}

/** An output that could not be written completely: `name` is the path given, or `stdout`. */
export class OutputError extends Error {
  constructor(
    readonly output: string,
    readonly code: string | undefined,
    reason: string,
    /** What the failure left behind, for the message: `the output is incomplete`, `out.csv is left as it was`. */
    readonly consequence = 'the output is incomplete',
  ) {
    super(reason);
    this.name = 'OutputError';
  }

  /** A reader went away (`dvx … | head`): not a failure of dvx, the output simply ends. */
  get brokenPipe(): boolean {
    return this.code === 'EPIPE';
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  EPIPE: 'broken pipe',
  ELOOP: 'too many levels of symbolic links',
};

/** Any error of a write → an OutputError naming the output. */
export function outputError(output: string, err: unknown, consequence?: string): OutputError {
  if (err instanceof OutputError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? (err instanceof Error ? err.message : String(err));
  return new OutputError(output, code, code ? `${reason} (${code})` : reason, consequence);
}

/**
 * The one line and the exit code of an output failure. A closed pipe is quiet and keeps
 * the code the inputs earned (`earned`: 0, or 1 when some input failed).
 */
export function reportOutputFailure(io: CliIo, err: OutputError, earned: ExitCode): ExitCode {
  if (err.brokenPipe) return earned;
  io.stderr.write(`dvx: ${escapeForTerminal(err.output)}: ${escapeForTerminal(err.message)}; ${escapeForTerminal(err.consequence)}\n`);
  return EXIT.OUTPUT;
}

export function stdoutOutput(stdout: TextSink, name = 'stdout'): Output {
  return {
    write: async (s) => {
      try {
        await stdout.write(s);
      } catch (err) {
        throw outputError(name, err);
      }
    },
    commit: async () => {
      try {
        await stdout.flush?.();
      } catch (err) {
        throw outputError(name, err);
      }
    },
    abort: () => {},
  };
}

/** `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1` → 1: a descriptor dvx already holds, written as it is. */
function ownDescriptor(file: string): number | null {
  const normal = path.posix.normalize(file);
  if (normal === '/dev/stdout') return 1;
  if (normal === '/dev/stderr') return 2;
  for (const prefix of ['/dev/fd/', '/proc/self/fd/']) {
    if (normal.startsWith(prefix)) {
      const fd = Number(normal.slice(prefix.length));
      if (Number.isInteger(fd) && fd >= 0) return fd;
    }
  }
  return null;
}

/** Follow symbolic links to the path finally written, even when the last one is dangling (a new file there). */
function throughLinks(file: string): string {
  let at = file;
  for (let hops = 0; hops < 40; hops++) {
    let info: Stats;
    try {
      info = lstatSync(at);
    } catch {
      return at;
    }
    if (!info.isSymbolicLink()) return at;
    at = path.resolve(path.dirname(at), readlinkSync(at));
  }
  throw Object.assign(new Error('too many levels of symbolic links'), { code: 'ELOOP' });
}

/** Sinks for the other descriptors `-o` can name; stdout itself goes through `stdoutOutput`. */
function descriptorOutput(fd: number, name: string): Output {
  return {
    write: (s) => {
      try {
        writeSync(fd, s);
      } catch (err) {
        throw outputError(name, err);
      }
    },
    commit: async () => {},
    abort: () => {},
  };
}

/** Writes to an open descriptor (a failed write becomes `fail(err)`), and closes it once. */
function descriptorWriter(fd: number, fail: (err: unknown) => Error): { write: (s: string) => void; close: () => void } {
  let open = true;
  return {
    write: (s) => {
      try {
        writeSync(fd, s);
      } catch (err) {
        throw fail(err);
      }
    },
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** A device or FIFO: opened and written as it is (never replaced); nothing to undo. */
function directOutput(target: string, name: string): Output {
  let fd: number;
  try {
    fd = openSync(target, 'w');
  } catch (err) {
    throw outputError(name, err);
  }
  const { write, close } = descriptorWriter(fd, (err) => outputError(name, err));
  return {
    write,
    commit: async () => {
      try {
        close();
      } catch (err) {
        throw outputError(name, err);
      }
    },
    abort: () => {
      try {
        close();
      } catch {
        // the output is given up anyway
      }
    },
  };
}

// --- temporary files removed on SIGINT and SIGTERM ---------------------------------------------

const LIVE = new Set<string>();
const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;

function onSignal(signal: keyof typeof SIGNALS): void {
  for (const tmp of LIVE) rmSync(tmp, { force: true });
  LIVE.clear();
  // the shell's convention: 128 + the signal's number
  process.exit(128 + SIGNALS[signal]);
}

const handlers = { SIGINT: () => onSignal('SIGINT'), SIGTERM: () => onSignal('SIGTERM') };

let listening = false;

/** Handlers on before the temporary file exists: a signal between its creation and its tracking would leave it behind. */
function listen(): void {
  if (listening) return;
  for (const s of Object.keys(handlers) as (keyof typeof handlers)[]) process.on(s, handlers[s]);
  listening = true;
}

function untrack(tmp: string): void {
  LIVE.delete(tmp);
  if (LIVE.size === 0 && listening) {
    for (const s of Object.keys(handlers) as (keyof typeof handlers)[]) process.off(s, handlers[s]);
    listening = false;
  }
}

/** The output for `-o FILE`, chosen by what FILE is (see the module comment). */
export function fileOutput(file: string, stdout: TextSink): Output {
  const fd = ownDescriptor(file);
  if (fd === 1) return stdoutOutput(stdout, file);
  if (fd !== null) return descriptorOutput(fd, file);
  let target: string;
  let existing: Stats | null = null;
  try {
    target = throughLinks(file);
    existing = statSync(target, { throwIfNoEntry: false }) ?? null;
  } catch (err) {
    throw outputError(file, err, 'nothing was written');
  }
  if (existing?.isDirectory()) throw new OutputError(file, 'EISDIR', `${REASONS.EISDIR} (EISDIR)`, 'nothing was written');
  if (existing && !existing.isFile()) return directOutput(target, file);
  return atomicFileOutput(target, existing, file);
}

/** A regular file (or none yet) replaced atomically by a temporary file beside it. */
function atomicFileOutput(target: string, existing: Stats | null, name: string): Output {
  const dir = path.dirname(target);
  const consequence = existing ? `${name} is left as it was` : `${name} was not created`;
  let tmp = '';
  let fd = -1;
  // The temporary file starts no more open than the target is: a 0600 file's data is never readable by others.
  const mode = existing ? existing.mode & 0o666 : 0o666;
  for (let attempt = 0; fd === -1; attempt++) {
    tmp = path.join(dir, `.${path.basename(target)}.${randomBytes(9).toString('base64url')}.tmp`);
    // tracked first: the handlers remove a name that may not exist yet (rmSync with force)
    listen();
    LIVE.add(tmp);
    try {
      fd = openSync(tmp, 'wx', mode);
    } catch (err) {
      untrack(tmp);
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw outputError(name, err, consequence);
    }
  }
  const { write, close } = descriptorWriter(fd, (err) => outputError(name, err, consequence));
  return {
    write,
    commit: async () => {
      try {
        if (existing) {
          fchmodSync(fd, existing.mode & 0o777);
          const own = fstatSync(fd);
          if (own.uid !== existing.uid || own.gid !== existing.gid) {
            try {
              fchownSync(fd, existing.uid, existing.gid);
            } catch {
              // only root may give a file away; the file is then the writer's, as any new file would be
            }
          }
        }
        fsyncSync(fd);
        close();
        renameSync(tmp, target);
        untrack(tmp);
      } catch (err) {
        throw outputError(name, err, consequence);
      }
    },
    abort: () => {
      try {
        close();
      } catch {
        // the temporary file is removed below either way
      }
      rmSync(tmp, { force: true });
      untrack(tmp);
    },
  };
}
