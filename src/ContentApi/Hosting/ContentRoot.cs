namespace ContentApi.Hosting;

/// <summary>
/// The folder configuration and seeds are read from. ASP.NET Core takes the working directory, so a published app
/// started from elsewhere (a service manager, a script in another folder) would miss its appsettings.json; when
/// the working directory holds none, the app's own folder is used instead.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory,
    };
}
