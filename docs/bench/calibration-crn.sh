#!/bin/sh
# Common random numbers in a calibration (docs/calibration.md): the bass-small recovery (20 truths) calibrated with a
# seed per proposal, as 'networksim calibrate' does, and with one seed shared by every run of a generation; prints
# the coverage and width of the 95 % credible intervals of both. Builds the runner tests in Release (under the shared
# build lock when /tmp/networksim-build.lock exists, as is the test run), then runs CommonRandomNumbersMeasurement
# (about a minute).
set -eu
cd "$(dirname "$0")/../.."
project=tests/NetworkSim.Runner.Tests
if [ -e /tmp/networksim-build.lock ]; then
  flock /tmp/networksim-build.lock dotnet build -c Release "$project" --nologo -v q
else
  dotnet build -c Release "$project" --nologo -v q
fi
rm -f "$project/bin/Release/net10.0/calibration-crn.txt"
lock=""
[ -e /tmp/networksim-build.lock ] && lock="flock /tmp/networksim-build.lock"
NETWORKSIM_CALIBRATION_MEASURE=1 $lock dotnet test -c Release "$project" --no-build --nologo \
  --filter "FullyQualifiedName~CommonRandomNumbersMeasurement" --logger "console;verbosity=normal" || status=$?
cat "$project/bin/Release/net10.0/calibration-crn.txt"
exit "${status:-0}"
