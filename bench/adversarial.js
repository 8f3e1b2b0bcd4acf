// The adversarial corpus (issue 15): inputs an adversary or an unlucky crawl would find, generated at a given size.
// Each kind is one document; `npm run bench` times it at two sizes so that growth shows (s/MB at each).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { once } from './corpus.js';

const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));

/** kind → (bytes) → [file name, contents]. Sizes are approximate (whole units). */
export const ADVERSARIAL = {
  'repeated dates': (b) => ['dates.txt', repeat('tháng 1 năm 2021, ', b)],
  'year-less dates': (b) => ['day-month.txt', repeat('ngày 5/3, ', b)],
  'irregular numbers': (b) => ['numbers.txt', repeat('12.306.207.00đ ', b)],
  'document codes': (b) => ['codes.txt', repeat('Quyết định số 12/2021/QĐ-UBND ngày 5/3/2021 và Quyết định 12 của UBND tỉnh; ', b)],
  'body names': (b) => ['bodies.txt', repeat('Ban Dân vận Tỉnh ủy, HĐND và UBND huyện Lâm Thao, Sở Tài chính tỉnh Phú Thọ, ', b)],
  'paragraphs (HTML)': (b) => ['paragraphs.html', `<html><body><article>${repeat('<p>Ngày 5/3/2021, UBND tỉnh chi 35 tỷ đồng.</p>\n', b)}</article></body></html>`],
  'NULs late in the file': (b) => ['late-nul.txt', repeat('Ngày 5/3/2021, UBND tỉnh họp. ', b - 1024) + '\0'.repeat(1024)],
  'combining marks': (b) => ['combining.txt', `Ủy ban ${'a\u0301'.repeat(Math.ceil(b / 3))} ngày 5/3/2021`],
  emoji: (b) => ['emoji.txt', repeat('Ngày 5/3/2021 👍🏽 tăng 6,5% 🇻🇳 ', b)],
  // people with their titles, each checked against the people found before it (quadratic before stop 25)
  'people and titles': (b) => ['people.txt', repeat('ông Nguyễn Văn An, Chủ tịch UBND tỉnh Phú Thọ; bà Trần Thị Bình - Phó Giám đốc Sở Tài chính; ', b)],
  // names many units share, and no province or district to settle them: each looked for among the places before it
  'shared place names': (b) => ['shared-names.txt', repeat('Phòng Nội vụ huyện Tam Nông, xã Tân Lập; ', b)],
  // one list of places joined by commas: each narrowed by the first place after it that is above it
  'a list of places': (b) => ['place-list.txt', `các xã ${repeat('Tân Lập, Tân Hòa, Tân Phú, Tân Thành, ', b)}`],
};

/**
 * Deep nesting is sized by depth (11 bytes per level): 50,000 and 200,000 deep are about 0.5 and 2 MB, the
 * sizes of the other kinds, so that start-up weighs the same in their s/MB. The two depths show any growth with
 * depth (htmlparser2's own open-element stack cost depth² until src/io/html/parse.ts made it linear).
 */
export const NESTING_DEPTHS = [50_000, 200_000];

export function adversarialFile(kind, mb) {
  const [name, contents] = ADVERSARIAL[kind](Math.round(mb * 1048576));
  const dir = once(`adversarial-${name}-${mb}mb`, (d) => writeFileSync(path.join(d, name), contents));
  return path.join(dir, name);
}

export function nestedPage(depth) {
  const dir = once(`adversarial-nested-${depth}`, (d) =>
    writeFileSync(path.join(d, 'nested.html'), `<html><body>${'<div>'.repeat(depth)}Ngày 5/3/2021, UBND tỉnh chi 35 tỷ đồng cho các dự án.${'</div>'.repeat(depth)}</body></html>`),
  );
  return path.join(dir, 'nested.html');
}
