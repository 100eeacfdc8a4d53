#!/bin/sh
# Whether a run's end waits until Orleans has removed the run's activations from its catalog when the machine's cores
# are busy (docs/performance.md, Round 17): runs RunEndUnderLoadMeasurement (150 batches of 4 threshold replicates in
# two lanes, each checked for activations left when its run returned) with three busy loops beside it, which it stops
# at the end. Builds the grain tests in Debug, as CI does, under the shared build lock when /tmp/networksim-build.lock
# exists. About a minute on the 2-core machine; the test fails, naming the batches, if any batch left an activation.
set -eu
cd "$(dirname "$0")/../.."
project=tests/NetworkSim.Grains.Tests
lock=""
[ -e /tmp/networksim-build.lock ] && lock="flock /tmp/networksim-build.lock"
$lock dotnet build "$project" --nologo -v q
busy=""
for i in 1 2 3; do
  sh -c 'while :; do :; done' &
  busy="$busy $!"
done
trap 'kill $busy 2>/dev/null || true' EXIT INT TERM
NETWORKSIM_RUN_END_MEASURE=1 $lock dotnet test "$project" --no-build --nologo \
  --filter "FullyQualifiedName~RunEndUnderLoadMeasurement" --logger "console;verbosity=normal"
