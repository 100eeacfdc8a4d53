using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace NetworkSim.Workshop.Tests;

/// <summary>
/// The page's third-party script is part of the repository (no Node or npm at build time): what the server sends
/// is the file whose version, licence and SHA-256 src/NetworkSim.Workshop/THIRD-PARTY.md records.
/// </summary>
[Collection(WorkshopCollection.Name)]
public sealed partial class PageLibraryTests(WorkshopFixture fixture)
{
    [Fact]
    public async Task The_page_library_served_is_the_recorded_version_with_its_licence_and_checksum()
    {
        var record = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "NetworkSim.Workshop", "THIRD-PARTY.md"));
        var row = Row().Match(record);
        Assert.True(row.Success, "THIRD-PARTY.md has no row for wwwroot/lib/cytoscape.min.js");

        var script = await fixture.Client.GetByteArrayAsync("lib/cytoscape.min.js");
        var licence = await fixture.Client.GetStringAsync("lib/cytoscape.LICENSE.txt");

        Assert.Equal(row.Groups["sha"].Value, Convert.ToHexStringLower(SHA256.HashData(script)));
        Assert.Contains($".version=\"{row.Groups["version"].Value}\"", System.Text.Encoding.UTF8.GetString(script), StringComparison.Ordinal);
        Assert.StartsWith("Copyright (c) 2016-2026, The Cytoscape Consortium.", licence, StringComparison.Ordinal);
        Assert.Contains("Permission is hereby granted, free of charge", licence, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\| `wwwroot/lib/cytoscape\.min\.js` \| Cytoscape\.js \| (?<version>[0-9.]+) \| MIT[^|]*\|[^|]*\| `(?<sha>[0-9a-f]{64})` \|")]
    private static partial Regex Row();
}
