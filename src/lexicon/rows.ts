/**
 * Reading the rows of a generated table (one row a line, fields between tabs) where they stand in its text: each
 * row as its start and end offsets, without cutting the text into an array of lines first. The gazetteer's 14,000
 * rows are read at every start of the command.
 */

/** Call `row` with the start and end of each line of `text`, in order (a last line without `\n` included). */
export function forEachRow(text: string, row: (start: number, end: number) => void): void {
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    row(at, end);
    at = end + 1;
  }
}
