using System.Net;
using System.Net.Sockets;
using NetworkSim.Cli.Hosting;
using Orleans.Configuration;

namespace NetworkSim.Cli.Tests;

public class EmbeddedSiloTests
{
    [Fact]
    public async Task The_embedded_silo_opens_no_gateway_and_listens_on_loopback_only()
    {
        await using var silo = await EmbeddedSilo.StartAsync();
        var endpoints = silo.Endpoints;
        Assert.Equal(0, endpoints.GatewayPort);
        Assert.Null(endpoints.GatewayListeningEndpoint);
        Assert.Equal(IPAddress.Loopback, endpoints.AdvertisedIPAddress);
        Assert.Equal(IPAddress.Loopback, endpoints.SiloListeningEndpoint?.Address);

        // The silo port answers on loopback (so the check below is not vacuous) and on no other address.
        using (var loopback = new TcpClient())
        {
            await loopback.ConnectAsync(IPAddress.Loopback, endpoints.SiloPort);
            Assert.True(loopback.Connected);
        }

        var external = Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (external is not null)
        {
            using var other = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => other.ConnectAsync(external, endpoints.SiloPort));
        }
    }

    [Fact]
    public async Task Two_embedded_silos_start_side_by_side_on_their_own_ports()
    {
        await using var first = await EmbeddedSilo.StartAsync();
        await using var second = await EmbeddedSilo.StartAsync();
        Assert.NotEqual(first.Endpoints.SiloPort, second.Endpoints.SiloPort);
    }

    [Fact]
    public async Task The_embedded_silo_keeps_no_cache_of_the_grain_directory_it_alone_holds()
    {
        await using var silo = await EmbeddedSilo.StartAsync();
        Assert.Equal(GrainDirectoryOptions.CachingStrategyType.None, silo.Directory.CachingStrategy);
    }
}
