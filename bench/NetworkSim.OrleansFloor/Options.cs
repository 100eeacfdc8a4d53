namespace NetworkSim.OrleansFloor;

/// <summary>The run's shape: <c>--hubs</c> schools of <c>--leaves</c> participants, <c>--ticks</c> steady ticks, <c>--replicates</c> further replicates.</summary>
internal sealed record Options(int Hubs, int Leaves, int Ticks, int Replicates)
{
    public static Options Parse(string[] args)
    {
        var options = new Options(1000, 16, 50, 20);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value < (args[i] == "--replicates" ? 0 : 1))
            {
                throw new ArgumentException($"'{args[i]}' needs a whole number after it (at least 1; --replicates at least 0).");
            }

            options = args[i] switch
            {
                "--hubs" => options with { Hubs = value },
                "--leaves" => options with { Leaves = value },
                "--ticks" => options with { Ticks = value },
                "--replicates" => options with { Replicates = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}': --hubs, --leaves, --ticks and --replicates are known."),
            };
        }

        return options;
    }
}
