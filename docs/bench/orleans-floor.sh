#!/bin/sh
# Orleans' floor on this machine (docs/performance.md, Round 10): runs bench/NetworkSim.OrleansFloor, a run whose
# grains do nothing (a coordinator announcing each tick to its hubs, 64 at a time; each hub calling all its leaves at
# once), in the shapes of the standard workloads: a further replicate of threshold-10k (100 schools, about 900
# participants activated), the large network (1,000 x 16), ten times it (10,000 x 16) and large-network-1m
# (62,500 x 16), and threshold-10k's steady tick (about 8 schools called a tick, each calling one participant, the
# coordinator stepped one tick a call from outside). What a steady tick, a call, an activation's memory and a
# further replicate cost there is what Orleans alone costs: the grains' figures of `networksim bench workloads`
# cannot fall below it. About 2 min on the 2-core machine (the 1,000,000 shape needs about 4 GiB).
# Usage: docs/bench/orleans-floor.sh [shape…]   shapes: replicate 16k 160k 1m 10k-steady (default: all five)
set -eu
root=$(realpath "$(dirname "$0")/../..")
dotnet build "$root/bench/NetworkSim.OrleansFloor" -c Release > /dev/null
floor="$root/bench/NetworkSim.OrleansFloor/bin/Release/net10.0/NetworkSim.OrleansFloor.dll"
[ $# -gt 0 ] || set -- replicate 16k 160k 1m 10k-steady
for shape in "$@"; do
  case $shape in
    replicate) dotnet "$floor" --hubs 100 --leaves 9 --ticks 50 --replicates 30 ;;
    16k) dotnet "$floor" --hubs 1000 --leaves 16 --ticks 50 --replicates 5 ;;
    160k) dotnet "$floor" --hubs 10000 --leaves 16 --ticks 10 --replicates 2 ;;
    1m) dotnet "$floor" --hubs 62500 --leaves 16 --ticks 3 --replicates 0 ;;
    10k-steady) dotnet "$floor" --hubs 8 --leaves 1 --ticks 2000 --replicates 0 ;;
    *) echo "unknown shape '$shape': replicate, 16k, 160k, 1m or 10k-steady" >&2; exit 2 ;;
  esac
done
