"""Run dvx as a streaming mapper on a Dask distributed cluster.

    python3 examples/dask/dvx_dask.py corpus.jsonl results.jsonl [--workers 2] [--partitions 8]
        [--scheduler tcp://host:8786] [--dvx "dvx"]

The input is JSON Lines files ({"id": ..., "text" | "html": ...}, one record a line).
Dask splits it into partitions of whole lines; every partition is piped
through one `dvx extract - --input-format jsonl --format jsonl` process on a
worker, and the result lines come back unchanged (bytes as dvx wrote them).
The merged output is sorted by `source.id`, so it does not depend on how the
corpus was partitioned or which worker ran what: give every record an id that
sorts in the order you want (the line number of a partition is not unique).

Without --scheduler a local cluster is started: one scheduler and --workers
worker processes (one thread each) on this machine. With --scheduler the job
runs on an existing cluster, where `dvx` must be installed on every worker.

dvx exits 1 when some record is an error record (it is still in the output);
any other status fails the partition, and the job.
"""

import argparse
import glob
import json
import os
import shlex
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def extract_partition(lines, dvx):
    """Pipe one partition (a list of JSON lines) through dvx; return its output lines."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    if not data.strip():
        return []
    command = shlex.split(dvx) + [
        "extract", "-", "--input-format", "jsonl", "--format", "jsonl", "--no-progress",
    ]
    done = subprocess.run(command, input=data.encode("utf-8"), capture_output=True, check=False)
    if done.returncode not in (0, 1):
        message = done.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"dvx exited {done.returncode}: {message}")
    return done.stdout.decode("utf-8").splitlines()


def record_id(line):
    """The sort key of one output line: its source.id (records without one sort last)."""
    source = json.loads(line).get("source", {})
    value = source.get("id")
    return (value is None, str(value))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="JSON Lines corpus: a file or a glob of files")
    parser.add_argument("output", help="where the merged JSON Lines results go")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    parser.add_argument("--partitions", type=int, default=8, help="how many partitions (default 8)")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler")
    parser.add_argument("--dvx", default="dvx", help='the dvx command (default "dvx")')
    args = parser.parse_args(argv)

    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=40,
        )
        client = Client(cluster)
    try:
        size = sum(os.path.getsize(path) for path in glob.glob(args.input))
        blocksize = max(1, -(-size // max(1, args.partitions)))
        # read_text cuts the files into byte blocks at line ends, each read on a worker
        bag = db.read_text(args.input, blocksize=blocksize, encoding="utf-8")
        results = bag.map_partitions(extract_partition, dvx=args.dvx).compute()
    finally:
        client.close()
        if not args.scheduler:
            cluster.close()

    results.sort(key=record_id)
    with open(args.output, "w", encoding="utf-8", newline="\n") as handle:
        for line in results:
            handle.write(line + "\n")
    print(f"dvx-dask: {len(results)} results from {bag.npartitions} partitions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
