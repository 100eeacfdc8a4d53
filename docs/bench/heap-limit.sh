#!/bin/sh
# What a silo needs (docs/performance.md, Round 8; docs/cluster.md, "What a silo needs"): runs
# `bench scenarios/large-network.yaml --replicates 1 --set network.schools=10000 --ticks 6` (160,000 participants)
# against a fresh `cluster up --silos <silos>` whose silo processes start with DOTNET_GCHeapHardLimit set to each
# limit given, in MiB, one after another, and prints for each whether the run completed, with each silo's line of
# `bench` (peak resident, live heap) or the client's error. The least limit that completes is what a silo needs.
# A run that has not finished after 5 minutes is stopped and counted as failed (a silo out of memory can hang the
# client until the response timeout). About 20 s a limit on the 2-core machine; the cluster's folder is a temporary one.
# Near the edge a limit can complete in one try and fail in the next (docs/performance.md, Round 17): give it more than
# once (`... 3 320 352 384 320 352 384`) and count it as enough only when every try completed.
# Usage: docs/bench/heap-limit.sh <networksim.dll> <silos> <limit MiB>...
set -u
dll=$(realpath "$1"); silos=$2; shift 2
scenario=$(realpath "$(dirname "$0")/../../scenarios/large-network.yaml")
for limit in "$@"; do
  dir=$(mktemp -d); cd "$dir"
  DOTNET_GCHeapHardLimit=$(printf '0x%x' $((limit * 1024 * 1024))) dotnet "$dll" cluster up --silos "$silos" > up.log 2>&1 \
    || { echo "$silos silos, $limit MiB: cluster up failed"; cat up.log; exit 1; }
  options=$(sed -n 's/^use it with: //p' up.log)
  # shellcheck disable=SC2086
  timeout 300 dotnet "$dll" bench "$scenario" --replicates 1 --set network.schools=10000 --ticks 6 $options > bench.log 2>&1
  rc=$?
  dotnet "$dll" cluster down > down.log 2>&1
  if [ $rc -eq 0 ]; then echo "$silos silos, $limit MiB: completed"; else echo "$silos silos, $limit MiB: failed (exit $rc)"; fi
  grep -E "^  silo |^error|^networksim" bench.log
  cd /; rm -rf "$dir"
done
