using Xunit.Sdk;

namespace NetworkSim.Cli.Tests;

/// <summary>A test that needs a missing component is skipped with the reason, except where components are required (CI).</summary>
public class ComponentsTests
{
    [Fact]
    public void A_missing_component_skips_the_test_saying_how_to_install_it_and_fails_it_where_components_are_required()
    {
        var skipped = Assert.Throws<Xunit.SkipException>(() => Components.Missing("redis-server", "redis-server (not found on PATH)", required: false));
        Assert.Equal("This test needs redis-server (not found on PATH). Install every component with scripts/install-components.sh (Debian/Ubuntu: sudo apt-get install redis-server).", skipped.Message);

        var failed = Assert.ThrowsAny<XunitException>(() => Components.Missing("redis-server", "redis-server (not found on PATH)", required: true));
        Assert.IsNotType<Xunit.SkipException>(failed);
        Assert.StartsWith("This test needs redis-server (not found on PATH). Install every component with scripts/install-components.sh (Debian/Ubuntu: sudo apt-get install redis-server). NETWORKSIM_REQUIRE_COMPONENTS is set, so a missing component fails the test.", failed.Message);
    }

    [Fact]
    public void A_component_is_looked_up_on_PATH()
    {
        Assert.Equal("/bin/sh", Components.OnPath("sh", "/nonexistent:/bin"));
        Assert.Null(Components.OnPath("sh", "/nonexistent"));
    }
}
