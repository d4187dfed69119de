using ContentApi.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Hosting;

/// <summary>The container's HEALTHCHECK command against a real listening instance, and against nothing.</summary>
public sealed class HealthProbeCommandTests
{
    [Fact]
    public async Task Healthcheck_command_exits_zero_for_a_live_instance_and_one_when_nothing_answers()
    {
        await using var factory = new ContentApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        var live = await AppProcess.RunAsync(new Dictionary<string, string?>(), HealthProbeCommand.Name, address + "/health/live");
        var nothing = await AppProcess.RunAsync(new Dictionary<string, string?>(), HealthProbeCommand.Name, "http://127.0.0.1:9/health/live");

        Assert.Equal(0, live.ExitCode);
        Assert.Contains(": 200", live.StandardOutput);
        Assert.Equal(1, nothing.ExitCode);
    }
}
