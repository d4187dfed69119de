using ContentApi.Tests.Editorial;
using ContentApi.Tests.Support;

namespace ContentApi.Tests.Auth;

/// <summary>
/// A first production start, as in a fresh container (an empty home folder, a new database file), logs nothing at
/// Warning or above (operators alert on those, and an instance that warns on every start teaches them not to) and
/// leaves no data-protection key ring in the home folder.
/// </summary>
public sealed class QuietStartTests
{
    [Fact]
    public async Task A_first_production_start_with_editor_authentication_logs_no_warning()
    {
        var home = Directory.CreateTempSubdirectory("contentapi-home-");
        var database = DatabaseFiles.NewTempPath();
        try
        {
            var output = await AppProcess.RunUntilStartedAsync(
                new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["HOME"] = home.FullName },
                "--urls", "http://127.0.0.1:0",
                $"--ConnectionStrings:Content=Data Source={database}",
                $"--GraphQL:Paging:CursorSigningKey={ContentApiFactory.CursorSigningKey}",
                $"--Auth:Jwt:SigningKey={EditorialApiFactory.SigningKey}");

            Assert.Contains("Application started", output);
            Assert.DoesNotMatch(@"(?m)^(warn|fail|crit):", output);
            Assert.False(Directory.Exists(Path.Combine(home.FullName, ".aspnet")), "a data-protection key ring was written to the home folder");
        }
        finally
        {
            home.Delete(recursive: true);
            DatabaseFiles.Delete(database);
        }
    }
}
