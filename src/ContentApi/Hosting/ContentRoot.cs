namespace ContentApi.Hosting;

/// <summary>
/// The folder configuration and seeds are read from. ASP.NET Core takes the working directory, so a published app
/// started from elsewhere (a service manager, a script in another folder) would miss its appsettings.json; when
/// the working directory holds none, the app's own folder is used instead. A command's own leading words
/// (<c>import /data/articles</c>) are not configuration: the command-line provider would read a path starting with
/// '/' as a key and swallow the next option as its value.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = [.. args.SkipWhile(arg => !arg.StartsWith('-') && !arg.Contains('='))],
        ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory,
    };
}
