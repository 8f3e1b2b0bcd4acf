/** An input that could not be read: one line for stderr, one error record in the output. */
export class InputError extends Error {
  constructor(
    readonly code: 'not-found' | 'unreadable' | 'empty' | 'binary' | 'invalid-encoding' | 'too-large' | 'not-a-file' | 'malformed-record' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
