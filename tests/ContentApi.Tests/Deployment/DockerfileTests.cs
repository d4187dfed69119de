using System.Diagnostics;
using ContentApi.Api;
using ContentApi.Health;
using ContentApi.Hosting;

namespace ContentApi.Tests.Deployment;

/// <summary>No container engine runs here, so the Dockerfile's rules are checked on its text.</summary>
public sealed class DockerfileTests
{
    private static readonly string Root = SchemaSdl.RepositoryRoot(AppContext.BaseDirectory);
    private static readonly Dockerfile File = Dockerfile.Parse(System.IO.File.ReadAllText(Path.Combine(Root, "Dockerfile")));

    [Fact]
    public void The_build_runs_in_the_sdk_image_and_the_runtime_image_has_no_sdk()
    {
        Assert.True(File.Stages.Count >= 2, "The build is multi-stage.");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:", File.Stages[0].Image);
        var runtime = File.Stages[^1];
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", runtime.Image);
        Assert.Contains(runtime.All("COPY"), copy => copy.StartsWith($"--from={File.Stages[0].Name} "));
        Assert.DoesNotContain(runtime.All("RUN"), run => run.Contains("dotnet restore") || run.Contains("dotnet publish"));
    }

    [Fact]
    public void Packages_are_restored_in_locked_mode_before_a_publish_that_does_not_restore_again()
    {
        var runs = File.Stages[0].All("RUN").ToList();
        var restore = runs.FindIndex(r => r.StartsWith("dotnet restore src/ContentApi/ContentApi.csproj") && r.Contains("--locked-mode"));
        var publish = runs.FindIndex(r => r.StartsWith("dotnet publish src/ContentApi/ContentApi.csproj"));

        Assert.True(restore >= 0, "dotnet restore --locked-mode of the host");
        Assert.True(publish > restore, "dotnet publish after the locked restore");
        Assert.Contains("--no-restore", runs[publish]);
        foreach (var project in Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            Assert.True(System.IO.File.Exists(Path.Combine(Path.GetDirectoryName(project)!, "packages.lock.json")), $"{project} has a committed packages.lock.json");
        }
    }

    [Fact]
    public void The_committed_lock_files_match_the_package_versions()
    {
        var restore = Process.Start(new ProcessStartInfo("dotnet", ["restore", "src/ContentApi/ContentApi.csproj", "--locked-mode"])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = restore.StandardOutput.ReadToEnd() + restore.StandardError.ReadToEnd();
        restore.WaitForExit();

        Assert.True(restore.ExitCode == 0, $"The container build's locked restore would fail; run 'dotnet restore' and commit the lock files.\n{output}");
    }

    [Fact]
    public void The_runtime_runs_as_a_non_root_user_on_port_8080()
    {
        var runtime = File.Stages[^1];
        var user = Assert.Single(runtime.All("USER"));
        Assert.DoesNotContain(user, new[] { "root", "0", "0:0" });
        Assert.Equal(["8080"], runtime.All("EXPOSE"));
        Assert.Contains(runtime.All("ENV"), env => env.Contains("Urls=http://+:8080"));
        Assert.Equal("[\"dotnet\", \"ContentApi.dll\"]", Assert.Single(runtime.All("ENTRYPOINT")));
    }

    [Fact]
    public void The_healthcheck_runs_the_apps_own_probe_against_the_liveness_endpoint()
    {
        var healthcheck = Assert.Single(File.Stages[^1].All("HEALTHCHECK"));

        Assert.Contains($"CMD [\"dotnet\", \"ContentApi.dll\", \"{HealthProbeCommand.Name}\", \"http://localhost:8080{ContentHealthRegistration.LivePath}\"]", healthcheck);
        Assert.DoesNotContain("curl", healthcheck);
    }
}
