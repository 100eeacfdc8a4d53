using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/NetworkSim.Benchmarks -- --filter '*'` runs them all;
// `-- --list flat` names them; `-- --filter '*Draw*' --job short` runs a quick subset.
BenchmarkSwitcher.FromAssembly(typeof(NetworkSim.Benchmarks.ShippedScenario).Assembly).Run(args);
