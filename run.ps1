# Thin wrapper over the command the README documents: ./run.ps1 run scenarios/workshop-demo.yaml
# Every argument is passed to networksim unchanged.
dotnet run -c Release --project "$PSScriptRoot/src/NetworkSim.Cli" -- @args
exit $LASTEXITCODE
