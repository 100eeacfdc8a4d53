#!/bin/sh
# Measures two commits side by side, as docs/performance.md's rounds do: builds each in Release in a worktree of its
# own under the output folder, then runs, one process at a time, each commit's `bench workloads threshold-10k
# threshold-100k --compare-ndlib` (the end commit three times in a row), `bench workloads large-network
# large-network-10x`, `bench workloads threshold-1m`, `bench workloads large-network-1m` (the full model at 1,000,000
# participants, about 3 minutes and 8 GiB a commit) and the 200-run sweep of the workshop demo, writing each run's
# bench.json and log into the output folder. About 17 minutes on the 2-core machine. NDlib's sources must be on
# PYTHONPATH (docs/performance.md, "Side by side with NDlib", says how). A commit whose `bench workloads` has `--warm`
# (Round 11 on) also measures 10 warm replicates in its threshold runs. With --memory it then measures what a silo
# needs with each commit's build (docs/bench/heap-limit.sh: one silo and each of three, over a ladder of limits;
# about 20 minutes more), so that every target of issue 30 comes from one run.
# Usage: docs/bench/compare-commits.sh <start commit> <end commit> <output folder> [--memory]
set -eu
start=$1; end=$2; out=$3; memory=${4:-}
cd "$(dirname "$0")/../.."
mkdir -p "$out"
out=$(cd "$out" && pwd)
for name in start end; do
  commit=$start; [ "$name" = end ] && commit=$end
  rm -rf "$out/$name-tree"
  git worktree add -f --detach "$out/$name-tree" "$commit" >/dev/null
  dotnet build "$out/$name-tree/src/NetworkSim.Cli" -c Release --nologo -v q >/dev/null
done
dll() { echo "$out/$1-tree/src/NetworkSim.Cli/bin/Release/net10.0/networksim.dll"; }
bench() { name=$1; label=$2; shift 2; dotnet "$(dll "$name")" bench workloads "$@" --out "$out/$label.json" > "$out/$label.log" 2>&1; uptime; }
warm() { if dotnet "$(dll "$1")" bench workloads --help | grep -q -- --warm; then echo --warm 10; fi; }
# Waits (at most 3 minutes) until the 1-minute load average is below 1, a precaution: in Round 15 the sweeps run
# right after the million-participant workloads took 9.1-12.6 s, and 6.2-7.7 s a few minutes later.
settle() { i=0; while [ "$(cut -d. -f1 /proc/loadavg)" -ge 1 ] && [ $i -lt 36 ]; do sleep 5; i=$((i + 1)); done; uptime; }
date -u; uptime
# shellcheck disable=SC2046
bench start start-threshold threshold-10k threshold-100k --compare-ndlib $(warm start)
# shellcheck disable=SC2046
for i in 1 2 3; do bench end end-threshold-$i threshold-10k threshold-100k --compare-ndlib $(warm end); done
for name in start end; do bench $name $name-large large-network large-network-10x; done
for name in start end; do bench $name $name-1m threshold-1m; done
for name in start end; do bench $name $name-full-1m large-network-1m; done
for name in start end; do
  settle
  /usr/bin/time -f "%e s elapsed, %U s user" dotnet "$(dll "$name")" \
    sweep docs/bench/workshop-demo-200.yaml --out "$out/sweep-$name" --quiet --parallel 2 > "$out/sweep-$name.log" 2>&1
  uptime
done
if [ "$memory" = --memory ]; then
  for name in start end; do
    settle
    sh docs/bench/heap-limit.sh "$(dll $name)" 1 704 768 832 896 960 1024 1088 1152 > "$out/$name-heap-1.log" 2>&1 || true
    sh docs/bench/heap-limit.sh "$(dll $name)" 3 320 352 384 416 448 480 512 576 > "$out/$name-heap-3.log" 2>&1 || true
    uptime
  done
fi
date -u
for name in start end; do git worktree remove --force "$out/$name-tree"; done
grep -H -E "MiB: (completed|failed)" "$out"/*-heap-*.log 2>/dev/null || true
grep -h -E "^(threshold|large)|grains  |reference |ndlib  |per tick:|Ran in|elapsed" "$out"/*.log
