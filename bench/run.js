#!/usr/bin/env node
// `npm run bench`: dvx timed as a user runs it (the CLI, in child processes), against floors measured in the
// same run. Every measured command runs --rounds times (default 3), the commands of a row alternating, and the
// medians are reported. Machines are shared and noisy: read the ratios, not the absolute figures (the load
// average is printed before and after).
//
// The rows over the folder share one group of commands: each command runs --rounds times, the whole group
// alternating (floor, dvx -j 1, --validate, without places, dates alone, chrono-node, -j 2, then again), so a
// command several rows compare with (`dvx extract DIR -j 1`) runs once a round, not once per row. A ratio or a cost
// between two of them is the median of the rounds' own ratios (each round's are printed): the host's speed drifts
// between rounds more than within one.
//
// Rows (targets from the speed issue; MISS is printed when one is not met, the bench never fails):
//   throughput  floor (read + decode + NFC + one [\p{L}\p{N}]+ pass) vs `dvx extract DIR -j 1`   ratio >= 0.33
//   validate    `dvx extract DIR -j 1 --validate` vs without                                   (its cost)
//   csv         `dvx extract DIR -j 1 -f csv` vs `-f jsonl`                                     (its cost)
//   places      `dvx extract DIR -j 1` vs the same without places (`--only` every other category)   cost <= 10%
//   dates       `dvx extract DIR --only dates -j 1` vs chrono-node's Vietnamese parser           (their ratio)
//   growth      one document of 1, 4, 16, 64 MB: MB/s at each size, start-up taken out   slowest within 25% of the fastest
//               (beside it, the same documents with the engine warm in one process: the cost per byte alone)
//   adversarial repeated dates, year-less dates, irregular numbers, codes, body names, 100k paragraphs, NULs late,
//               combining marks, emoji, people, shared place names, a list of places at two sizes; deep nesting at two
//               depths: s/MB                                                                     no input over 5 s/MB
//   jobs        `--jobs 2` vs `--jobs 1` on the folder                                           >= 1.8x
//               (beside it, the folder's two shards run as two `-j 1` processes at once: the ceiling here)
//   stream      peak RSS of `dvx extract - --input-format jsonl` over a generated 1 GB stream   < 300 MB
//   startup     `node -e 0`, `dvx --version`, `dvx extract small.txt`         +100 ms and +300 ms at most
//
// Options: --mb N (folder size, default 20), --rounds N, --stream-mb N (default 1024), --growth 1,4,16,64,
// --adversarial-mb 0.5,2, --only ROW,ROW or --skip ROW,ROW, --timeout S (per run, default 900).
//
// Duration: dominated by the bytes dvx extracts. At about 1 MB/s a core (late 2026, before the trigger pass), the
// default run extracts ~20 MB × 5 commands × 3 rounds over the folder, 85 MB × 3 for growth, ~8 MB × 3 of
// adversarial inputs and the 1 GB stream once (on one thread, as the issue's command runs): about half an hour,
// the stream half of it. `--stream-mb 256` or `--skip stream` for a quick run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ADVERSARIAL, NESTING_DEPTHS, adversarialFile, nestedPage } from './adversarial.js';
import { bigDocument, folderCorpus, outDir, root, smallFile } from './corpus.js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const MB = Number(opt('--mb', '20'));
const ROUNDS = Number(opt('--rounds', '3'));
const STREAM_MB = Number(opt('--stream-mb', '1024'));
const GROWTH = opt('--growth', '1,4,16,64').split(',').map(Number);
const ADVERSARIAL_MB = opt('--adversarial-mb', '0.5,2').split(',').map(Number);
const TIMEOUT_MS = Number(opt('--timeout', '900')) * 1000;
const ONLY = opt('--only', '') ? opt('--only', '').split(',') : null;
const SKIP = opt('--skip', '').split(',');
const wanted = (row) => (ONLY ? ONLY.includes(row) : !SKIP.includes(row));

const node = process.execPath;
const dvx = path.join(root, 'bin', 'dvx.js');
const here = path.join(root, 'bench');
const hasGnuTime = existsSync('/usr/bin/time');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Runs one command (argv, or a shell line when `shell`), output discarded: wall seconds, peak RSS in MB, and CPU
 * seconds (user + system, the command's processes and threads together: what GNU time reads from wait4).
 */
function measure(argv, { shell = false, timeoutMs = TIMEOUT_MS } = {}) {
  const timeFile = path.join(tmpdir(), `dvx-bench-${process.pid}.time`);
  const line = shell ? argv : argv.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const timed = hasGnuTime ? `/usr/bin/time -f '%M %U %S' -o '${timeFile}' ${shell ? `bash -c '${line.replaceAll("'", "'\\''")}'` : line}` : line;
  const t0 = process.hrtime.bigint();
  // setsid: the command leads its own process group, so a timeout ends all of it (a pipeline's processes too)
  const done = spawnSync('setsid', ['bash', '-c', `${timed} > /dev/null`], { stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (done.error?.code === 'ETIMEDOUT' && done.pid) {
    try {
      process.kill(-done.pid, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  }
  if (done.error || (done.status !== 0 && done.status !== 1)) {
    const why = done.error?.code === 'ETIMEDOUT' ? `timed out after ${timeoutMs / 1000} s` : `exit ${done.status}: ${String(done.stderr).trim().split('\n').pop()}`;
    return { seconds: Number.NaN, rssMb: Number.NaN, cpuSeconds: Number.NaN, failed: why };
  }
  let rssMb = Number.NaN;
  let cpuSeconds = Number.NaN;
  if (hasGnuTime) {
    const [kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    rssMb = kb / 1024;
    cpuSeconds = user + system;
    rmSync(timeFile, { force: true });
  }
  return { seconds, rssMb, cpuSeconds };
}

/** Runs the commands of a row `rounds` times, alternating; the median seconds, CPU seconds and peak RSS of each, and each round's seconds. */
function alternate(commands, rounds = ROUNDS) {
  const runs = commands.map(() => []);
  for (let r = 0; r < rounds; r++) {
    commands.forEach((c, i) => runs[i].push(measure(c.argv, c)));
  }
  return commands.map((c, i) => {
    const failed = runs[i].find((x) => x.failed)?.failed;
    const rounds = runs[i].map((x) => x.seconds);
    const cpu = runs[i].map((x) => x.cpuSeconds);
    return { name: c.name, seconds: median(rounds), rounds, cpuSeconds: median(cpu), cpuRounds: cpu, rssMb: Math.max(...runs[i].map((x) => x.rssMb)), failed };
  });
}

/**
 * The ratio of two commands' seconds, `a / b`, as the median of each round's own ratio, and those ratios: the two ran
 * in the same round, minutes apart at most, while a shared host can slow down or speed up by a sixth between rounds
 * (the ratio of the two medians mixes rounds). The medians' MB/s are printed beside it.
 */
function paired(a, b) {
  const each = a.rounds.map((s, r) => s / b.rounds[r]).filter(Number.isFinite);
  return { ratio: each.length > 0 ? median(each) : Number.NaN, each };
}
const roundsNote = (each, show) => `  (rounds: ${each.map(show).join(', ')})`;

const bytesOf = (target) => {
  if (statSync(target).isFile()) return statSync(target).size;
  return readdirSync(target, { recursive: true }).map((f) => path.join(target, String(f))).filter((f) => f.endsWith('.txt')).reduce((n, f) => n + statSync(f).size, 0);
};
const mbps = (bytes, seconds) => bytes / 1048576 / seconds;
const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const report = { date: new Date().toISOString(), node: process.version, rounds: ROUNDS, rows: {} };
const verdicts = [];
const verdict = (label, ok, detail) => {
  verdicts.push(`${ok ? 'MET ' : 'MISS'}  ${label}: ${detail}`);
};
const out = (s) => process.stdout.write(`${s}\n`);

if (!existsSync(path.join(root, 'dist', 'cli', 'run.js'))) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
mkdirSync(outDir, { recursive: true });
const folder = folderCorpus(MB);
const folderBytes = bytesOf(folder);
const started = Date.now();
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
out(`dvx bench: ${fmt(folderBytes / 1048576, 1)} MB folder, ${ROUNDS} alternating rounds, medians; node ${process.version}; load average ${load()}`);
report.loadBefore = loadavg();

const extractDir = (extra) => [node, dvx, 'extract', folder, '-f', 'jsonl', '--no-progress', ...extra];

/** A shell line: `dvx extract DIR -j 1 --shard 1/2` and `--shard 2/2` at once; its status the worse of the two. */
function twoShards() {
  const quote = (a) => `'${a.replaceAll("'", "'\\''")}'`;
  const shard = (k) => `${extractDir(['-j', '1', '--shard', `${k}/2`]).map(quote).join(' ')} > /dev/null`;
  return `${shard(1)} & first=$!; ${shard(2)}; second=$?; wait $first; one=$?; exit $(( one > second ? one : second ))`;
}

// The folder's commands, one group alternating (see the top): those the wanted rows need.
const others = 'dates,documents,organizations,people,statistics';
const FOLDER_COMMANDS = [
  { name: 'floor', rows: ['throughput'], argv: [node, path.join(here, 'floor.js'), folder] },
  { name: 'dvx -j 1', rows: ['throughput', 'validate', 'csv', 'places', 'jobs'], argv: extractDir(['-j', '1']) },
  { name: 'dvx -j 1 --validate', rows: ['validate'], argv: extractDir(['-j', '1', '--validate']) },
  // the same run written as CSV (the last -f wins): what a spreadsheet user pays for rows and quoting
  { name: 'dvx -j 1 -f csv', rows: ['csv'], argv: extractDir(['-j', '1', '-f', 'csv']) },
  { name: 'dvx -j 1 without places', rows: ['places'], argv: extractDir(['-j', '1', '--only', others]) },
  { name: 'dvx -j 1 --only dates', rows: ['dates'], argv: extractDir(['-j', '1', '--only', 'dates']) },
  { name: 'chrono-node vi', rows: ['dates'], argv: [node, path.join(here, 'chrono.js'), folder] },
  { name: 'dvx -j 2', rows: ['jobs'], argv: extractDir(['-j', '2']) },
  // the ceiling of two-way parallel work here: the folder's two shards (`--shard K/2`), each in a process of its own
  // (`-j 1`), both at once; the command ends when both have, and fails when either does
  { name: 'two shards at once', rows: ['jobs'], shell: true, argv: twoShards() },
].filter((c) => c.rows.some(wanted));
const timed = Object.fromEntries(alternate(FOLDER_COMMANDS).map((r) => [r.name, r]));
const failedNote = (r) => (r.failed ? `  (${r.failed})` : '');
const percent = (ratio) => `${fmt((ratio - 1) * 100, 1)}%`;

if (wanted('throughput')) {
  const floor = timed['floor'];
  const full = timed['dvx -j 1'];
  const { ratio, each } = paired(floor, full);
  out(`\nthroughput (one core)`);
  out(`  floor           ${fmt(mbps(folderBytes, floor.seconds)).padStart(8)} MB/s`);
  out(`  dvx extract     ${fmt(mbps(folderBytes, full.seconds)).padStart(8)} MB/s   ratio to the floor ${fmt(ratio, 3)}   peak RSS ${fmt(full.rssMb, 0)} MB${failedNote(full)}${roundsNote(each, (x) => fmt(x, 3))}`);
  verdict('full pipeline / floor >= 0.33', ratio >= 0.33, fmt(ratio, 3));
  report.rows.throughput = { floorMBps: mbps(folderBytes, floor.seconds), dvxMBps: mbps(folderBytes, full.seconds), ratio, rounds: each, rssMb: full.rssMb };
}

/**
 * A row of what one folder command costs over another: both MB/s (medians), the cost (paired by round, `paired`) and
 * each round's; the report's row, with the two speeds under `baseKey` and `key`.
 */
function costRow(title, [baseLabel, base, baseKey], [label, measured, key]) {
  const { ratio, each } = paired(measured, base);
  const cost = ratio - 1;
  out(`\n${title}`);
  out(`  ${baseLabel.padEnd(16)}${fmt(mbps(folderBytes, base.seconds)).padStart(8)} MB/s${failedNote(base)}`);
  out(`  ${label.padEnd(16)}${fmt(mbps(folderBytes, measured.seconds)).padStart(8)} MB/s   cost ${fmt(cost * 100, 1)}%${failedNote(measured)}${roundsNote(each, percent)}`);
  return { [baseKey]: mbps(folderBytes, base.seconds), [key]: mbps(folderBytes, measured.seconds), cost, rounds: each.map((x) => x - 1) };
}

if (wanted('validate')) {
  report.rows.validate = costRow(
    '--validate (zod over every record)',
    ['without', timed['dvx -j 1'], 'withoutMBps'],
    ['with', timed['dvx -j 1 --validate'], 'withMBps'],
  );
}

if (wanted('csv')) {
  report.rows.csv = costRow(
    'CSV output (a row per mention, sixty columns)',
    ['JSON Lines', timed['dvx -j 1'], 'jsonlMBps'],
    ['CSV', timed['dvx -j 1 -f csv'], 'csvMBps'],
  );
}

if (wanted('places')) {
  const row = costRow(
    "places (the gazetteer's ~14,000 names, matched word by word)",
    ['without places', timed['dvx -j 1 without places'], 'withoutMBps'],
    ['with places', timed['dvx -j 1'], 'withMBps'],
  );
  verdict('places cost <= 10%', row.cost <= 0.1, `${fmt(row.cost * 100, 1)}%`);
  report.rows.places = row;
}

if (wanted('dates')) {
  const dates = timed['dvx -j 1 --only dates'];
  const chrono = timed['chrono-node vi'];
  const { ratio, each } = paired(chrono, dates);
  out(`\ndates alone, beside a peer`);
  out(`  dvx --only dates ${fmt(mbps(folderBytes, dates.seconds)).padStart(7)} MB/s`);
  out(`  chrono-node (vi) ${fmt(mbps(folderBytes, chrono.seconds)).padStart(7)} MB/s   dvx/chrono ${fmt(ratio, 2)}${failedNote(dates)}${failedNote(chrono)}${roundsNote(each, (x) => fmt(x, 2))}`);
  report.rows.dates = { dvxMBps: mbps(folderBytes, dates.seconds), chronoMBps: mbps(folderBytes, chrono.seconds), ratio, rounds: each };
}

if (wanted('jobs')) {
  const one = timed['dvx -j 1'];
  const two = timed['dvx -j 2'];
  const { ratio: speedup, each } = paired(one, two);
  const times = (x) => `${fmt(x, 2)}x`;
  out(`\nworkers`);
  out(`  --jobs 1        ${fmt(mbps(folderBytes, one.seconds)).padStart(8)} MB/s   peak RSS ${fmt(one.rssMb, 0)} MB`);
  out(`  --jobs 2        ${fmt(mbps(folderBytes, two.seconds)).padStart(8)} MB/s   peak RSS ${fmt(two.rssMb, 0)} MB   speed-up ${fmt(speedup, 2)}x${failedNote(two)}${roundsNote(each, times)}`);
  const shards = timed['two shards at once'];
  const { ratio: ceiling, each: shardRounds } = paired(one, shards);
  out(`  two shards at once ${fmt(mbps(folderBytes, shards.seconds)).padStart(5)} MB/s   speed-up ${fmt(ceiling, 2)}x: two processes, each with half the files (the ceiling here)${failedNote(shards)}${roundsNote(shardRounds, times)}`);
  // What the machine allows, from CPU time: `-j 2` cannot end before its CPU seconds spread over every core, so its
  // speed-up is at most cores × (-j 1's seconds) / (-j 2's CPU seconds); and since two workers do at least the work
  // of one, at most cores / (the cores -j 1 keeps busy: its main thread, and V8's compiler and collector threads)
  const cores = availableParallelism();
  const busy = median(one.rounds.map((s, r) => one.cpuRounds[r] / s).filter(Number.isFinite));
  const cpuMore = median(two.cpuRounds.map((c, r) => c / one.cpuRounds[r]).filter(Number.isFinite));
  const cpuBound = median(two.cpuRounds.map((c, r) => (cores * one.rounds[r]) / c).filter(Number.isFinite));
  const cpu = (r) => `${fmt(r.cpuSeconds, 1)} CPU s in ${fmt(r.seconds, 1)} s`;
  out(`  CPU: --jobs 1 ${cpu(one)} (${fmt(busy, 2)} cores busy), --jobs 2 ${cpu(two)} (${fmt(cpuMore, 2)}x the CPU of --jobs 1), two shards ${cpu(shards)}`);
  out(`  on ${cores} cores --jobs 2 can reach at most ${fmt(cores / busy, 2)}x (all cores busy, no more CPU than --jobs 1); with the CPU it used, ${fmt(cpuBound, 2)}x`);
  verdict('--jobs 2 >= 1.8x --jobs 1', speedup >= 1.8, `${fmt(speedup, 2)}x (two separate processes on the two halves: ${fmt(ceiling, 2)}x; the CPU bound on ${cores} cores: ${fmt(cores / busy, 2)}x)`);
  report.rows.jobs = {
    speedup,
    jobs1MBps: mbps(folderBytes, one.seconds),
    jobs2MBps: mbps(folderBytes, two.seconds),
    twoShardsSpeedup: ceiling,
    rounds: each,
    twoShardsRounds: shardRounds,
    cores,
    jobs1CpuSeconds: one.cpuSeconds,
    jobs2CpuSeconds: two.cpuSeconds,
    twoShardsCpuSeconds: shards.cpuSeconds,
    jobs1CoresBusy: busy,
    jobs2CpuRatio: cpuMore,
    boundAtJobs1Cpu: cores / busy,
    boundAtJobs2Cpu: cpuBound,
  };
}

if (wanted('growth')) {
  // Each size as a whole command, and its per-MB speed with the start-up taken out: the median of `dvx extract` on
  // one small file, run in the same alternating group, is subtracted (start-up has its own row; growth asks whether
  // the cost per byte stays flat as one document grows, which a second of start-up on 1 MB would hide).
  const docs = GROWTH.map((mb) => ({ mb, file: bigDocument(mb) }));
  const small = smallFile();
  const results = alternate([
    { name: 'small file', argv: [node, dvx, 'extract', small, '-f', 'jsonl', '--no-progress', '--doc-timeout', '0'] },
    ...docs.map((d) => ({ name: `${d.mb} MB`, argv: [node, dvx, 'extract', d.file, '-f', 'jsonl', '--no-progress', '--max-bytes', String(2 * 1024 ** 3), '--doc-timeout', '0'] })),
  ]);
  const startup = results.shift().seconds;
  out(`\ngrowth: one document (start-up: ${fmt(startup * 1000, 0)} ms for one small file, taken out in the second column)`);
  const sizes = docs.map((d) => statSync(d.file).size);
  const whole = results.map((r, i) => mbps(sizes[i], r.seconds));
  const speeds = results.map((r, i) => mbps(sizes[i], r.seconds - startup));
  results.forEach((r, i) =>
    out(`  ${String(docs[i].mb).padStart(3)} MB        ${fmt(whole[i]).padStart(8)} MB/s whole   ${fmt(speeds[i]).padStart(8)} MB/s without start-up   peak RSS ${fmt(r.rssMb, 0)} MB${r.failed ? `  (${r.failed})` : ''}`),
  );
  const finite = speeds.filter((x) => Number.isFinite(x) && x > 0);
  const spread = finite.length === speeds.length ? Math.min(...finite) / Math.max(...finite) : 0;
  verdict('growth: slowest size within 25% of the fastest per MB (start-up taken out)', spread >= 0.75, `slowest/fastest ${fmt(spread, 2)}`);
  report.rows.growth = docs.map((d, i) => ({ mb: d.mb, MBps: speeds[i], wholeMBps: whole[i], rssMb: results[i].rssMb, failed: results[i].failed }));
  report.rows.growthStartupMs = startup * 1000;
  // the same documents with the engine warm, in one process (bench/warm-growth.js): the cost per byte alone
  const warm = spawnSync(node, [path.join(here, 'warm-growth.js'), String(ROUNDS), ...docs.map((d) => d.file)], { encoding: 'utf8', timeout: TIMEOUT_MS * docs.length, maxBuffer: 1 << 20 });
  if (warm.status === 0) {
    const { seconds } = JSON.parse(warm.stdout);
    const warmSpeeds = seconds.map((rounds, i) => mbps(sizes[i], median(rounds)));
    out(`  with the engine warm (one process, the extraction alone, ${ROUNDS} alternating rounds after two passes over the smallest):`);
    warmSpeeds.forEach((x, i) => out(`  ${String(docs[i].mb).padStart(3)} MB        ${fmt(x).padStart(8)} MB/s${roundsNote(seconds[i], (t) => `${fmt(t, 2)} s`)}`));
    const warmSpread = Math.min(...warmSpeeds) / Math.max(...warmSpeeds);
    out(`  warm, slowest/fastest ${fmt(warmSpread, 2)} (the whole commands add reading, writing, and V8's warm-up, which a process pays once)`);
    report.rows.growthWarm = docs.map((d, i) => ({ mb: d.mb, MBps: warmSpeeds[i], rounds: seconds[i] }));
  } else {
    out(`  with the engine warm: failed (${warm.error?.code ?? `exit ${warm.status}`}: ${String(warm.stderr).trim().split('\n').pop()})`);
  }
}

if (wanted('adversarial')) {
  // every kind at two sizes, s/MB of the whole command (start-up included); no time budget, so the real cost shows
  const runs = [
    ...Object.keys(ADVERSARIAL).flatMap((kind) => ADVERSARIAL_MB.map((mb) => ({ kind, size: `${mb} MB`, file: adversarialFile(kind, mb) }))),
    ...NESTING_DEPTHS.map((depth) => ({ kind: 'deep nesting (HTML)', size: `${depth} deep`, file: nestedPage(depth) })),
  ];
  const results = alternate(runs.map((r) => ({ name: `${r.kind} ${r.size}`, argv: [node, dvx, 'extract', r.file, '-f', 'jsonl', '--no-progress', '--doc-timeout', '0'] })));
  out(`
adversarial corpus: one document each, s/MB (start-up included)`);
  const rows = runs.map((r, i) => ({ kind: r.kind, size: r.size, mb: statSync(r.file).size / 1048576, seconds: results[i].seconds, failed: results[i].failed }));
  for (const r of rows) out(`  ${r.kind.padEnd(24)} ${r.size.padStart(12)} ${fmt(r.mb, 2).padStart(6)} MB ${fmt(r.seconds / r.mb).padStart(8)} s/MB${r.failed ? `  (${r.failed})` : ''}`);
  const worst = rows.reduce((a, b) => (b.seconds / b.mb > a.seconds / a.mb || !Number.isFinite(b.seconds) ? b : a));
  verdict('adversarial: no input over 5 s/MB', rows.every((r) => r.seconds / r.mb <= 5), `worst ${worst.kind} ${worst.size}: ${fmt(worst.seconds / worst.mb)} s/MB`);
  report.rows.adversarial = rows.map(({ kind, size, mb, seconds, failed }) => ({ kind, size, mb, sPerMb: seconds / mb, failed }));
}

if (wanted('stream')) {
  const line = `'${node}' '${path.join(here, 'jsonl-stream.js')}' ${STREAM_MB} | '${node}' '${dvx}' extract - --input-format jsonl -f jsonl --no-progress`;
  // once: a gigabyte takes minutes; the figure is the peak, not a speed
  // two seconds a megabyte at least: the figure is the peak, so the stream must run to its end
  const [run] = alternate([{ name: 'stream', argv: `set -o pipefail; ${line}`, shell: true, timeoutMs: Math.max(TIMEOUT_MS, STREAM_MB * 2000) }], 1);
  out(`\nstream: ${STREAM_MB} MB of JSON Lines on stdin`);
  out(`  peak RSS of dvx ${fmt(run.rssMb, 0).padStart(8)} MB   ${fmt(mbps(STREAM_MB * 1048576, run.seconds))} MB/s${run.failed ? `  (${run.failed})` : ''}`);
  verdict(`peak RSS streaming ${STREAM_MB} MB < 300 MB`, run.rssMb < 300, `${fmt(run.rssMb, 0)} MB`);
  report.rows.stream = { mb: STREAM_MB, rssMb: run.rssMb, MBps: mbps(STREAM_MB * 1048576, run.seconds) };
}

if (wanted('startup')) {
  const small = smallFile();
  const results = alternate([
    { name: 'node -e 0', argv: [node, '-e', '0'] },
    { name: 'dvx --version', argv: [node, dvx, '--version'] },
    { name: 'dvx extract small', argv: [node, dvx, 'extract', small] },
  ], Math.max(ROUNDS, 9));
  const [bare, version, one] = results.map((r) => r.seconds * 1000);
  out(`\nstart-up (medians of ${Math.max(ROUNDS, 9)})`);
  out(`  node -e 0       ${fmt(bare, 0).padStart(8)} ms`);
  out(`  dvx --version   ${fmt(version, 0).padStart(8)} ms   +${fmt(version - bare, 0)} ms`);
  out(`  extract 1 file  ${fmt(one, 0).padStart(8)} ms   +${fmt(one - bare, 0)} ms (${fmt(statSync(small).size / 1024, 0)} KB)`);
  verdict('dvx --version within 100 ms of node -e 0', version - bare <= 100, `+${fmt(version - bare, 0)} ms`);
  verdict('one small file within 300 ms of node -e 0', one - bare <= 300, `+${fmt(one - bare, 0)} ms`);
  report.rows.startup = { nodeMs: bare, versionMs: version, smallFileMs: one };
}

out(`\nload average at the end ${load()}; ${fmt((Date.now() - started) / 60000, 1)} min in all`);
report.loadAfter = loadavg();
report.minutes = (Date.now() - started) / 60000;
out(`\ntargets`);
for (const v of verdicts) out(`  ${v}`);
writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
