#!/bin/sh
# The workshop page's frame time and memory with 1,000 participants (README, Workshop mode): builds the workshop
# tests in Release, then runs WorkshopFrameTimes (the workshop demo at 72 schools in both designs, played at speed 20
# for 40 weeks in headless chromium, see tests/NetworkSim.Workshop.Tests/WorkshopFrameTimes.cs) and prints its line.
# The build takes the shared build lock when /tmp/networksim-build.lock exists; the measurement itself does not.
set -eu
cd "$(dirname "$0")/../.."
project=tests/NetworkSim.Workshop.Tests
if [ -e /tmp/networksim-build.lock ]; then
  flock /tmp/networksim-build.lock dotnet build -c Release "$project" --nologo -v q
else
  dotnet build -c Release "$project" --nologo -v q
fi
rm -f "$project/bin/Release/net10.0/workshop-frames.txt"
NETWORKSIM_WORKSHOP_MEASURE=1 dotnet test -c Release "$project" --no-build --nologo \
  --filter "FullyQualifiedName~WorkshopFrameTimes" --logger "console;verbosity=normal" || status=$?
cat "$project/bin/Release/net10.0/workshop-frames.txt"
exit "${status:-0}"
