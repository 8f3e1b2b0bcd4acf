/**
 * Where output goes: stdout, or a file written atomically (a temporary file
 * beside it, renamed into place on success, removed on failure), so a crash
 * never leaves a half-written file behind.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { TextSink } from './io.js';

export interface Output extends TextSink {
  /** Make the output final (rename the temporary file into place). */
  commit(): void;
  /** Drop what was written (remove the temporary file). */
  abort(): void;
}

export function stdoutOutput(stdout: TextSink): Output {
  return { write: (s) => stdout.write(s), commit: () => {}, abort: () => {} };
}

export function atomicFileOutput(file: string): Output {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (s) => void writeSync(fd, s),
    commit: () => {
      close();
      renameSync(tmp, file);
    },
    abort: () => {
      close();
      rmSync(tmp, { force: true });
    },
  };
}
