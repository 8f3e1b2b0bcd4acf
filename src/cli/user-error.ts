/**
 * A failure that is the user's (a wrong path, an output that cannot be
 * written): `run` prints it as one `dvx: ...` line and returns its exit
 * code, never a stack trace.
 */
import { EXIT, type ExitCode } from './exit-codes.js';

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.USAGE,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** System error codes of a write that failed for a reason outside dvx (the disk, the device, the quota). */
const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EROFS: 'read-only file system',
  EFBIG: 'file too large for the file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

/** The one line for an output that could not be written, or null when `err` is not such a failure. */
export function writeFailure(err: unknown, target = 'the output'): string | null {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? WRITE_FAILURES[code] : undefined;
  return reason ? `cannot write ${target}: ${reason}` : null;
}
