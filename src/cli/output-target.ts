/**
 * `-o FILE` checked before anything is read or written, so a wrong path is
 * one line and exit 2 at once, not a stack trace after the whole batch ran:
 * FILE must not be a folder, and the folder it goes in must exist and be
 * writable (the atomic writer puts its temporary file there). An existing
 * FILE must be a regular file: a rename over `/dev/full` or a named pipe
 * would replace the device, not write to it.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './user-error.js';

export function checkOutputTarget(file: string): void {
  const where = `-o ${file}`;
  if (file === '' || file.endsWith('/') || file.endsWith(path.sep)) {
    throw new UserError(`${where}: expected a file name, not a folder`);
  }
  const target = statOrNull(file);
  if (target?.isDirectory()) throw new UserError(`${where}: is a folder; name a file inside it (for example ${path.join(file, 'out.json')})`);
  // Renaming a temporary file over a device or a pipe would replace it: refuse, the shell's `>` is the way there.
  if (target && !target.isFile()) throw new UserError(`${where}: not a regular file (a device or a pipe); redirect stdout instead (> ${file})`);
  const dir = path.dirname(file);
  const parent = statOrNull(dir);
  if (!parent) throw new UserError(`${where}: the folder ${dir} does not exist (create it first: mkdir -p ${dir})`);
  if (!parent.isDirectory()) throw new UserError(`${where}: ${dir} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UserError(`${where}: the folder ${dir} is not writable (permission denied)`);
  }
}

function statOrNull(p: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}
