using ContentApi.Api;
using ContentApi.Auth;
using ContentApi.Data;
using ContentApi.Editorial;

namespace ContentApi.Hosting;

/// <summary>
/// The app's commands besides serving: <c>migrate</c> and <c>seed</c> bring a server database up to date (a
/// deployment step, run once before the instances start), <c>schema export [path]</c> writes the SDL, <c>token
/// [subject] [hours]</c> prints an editor token signed with <c>Auth:Jwt:SigningKey</c>, <c>import &lt;folder&gt;</c>
/// upserts article files into the configured database through the same rules as the mutations.
/// </summary>
public static class ContentCommands
{
    /// <summary>Runs the command named by <paramref name="args"/>, if any, and returns its exit code; null means "serve".</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (await RunAsync(app, args) is not { } exitCode)
        {
            return null;
        }

        // The console logger writes from a background queue: a command's last lines (a refused import's reason) were
        // sometimes lost when the process ended right after them. Disposing the app writes out the queue.
        await app.DisposeAsync();
        return exitCode;
    }

    private static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["schema", "export", ..]:
                await SchemaSdl.ExportAsync(app.Services, args.Length > 2 ? Path.GetFullPath(args[2]) : null);
                return 0;
            case ["import", var folder, ..] when !folder.StartsWith("--", StringComparison.Ordinal):
                return await app.RunDatabaseStepAsync(async (initializer, token) =>
                {
                    await initializer.EnsureMigratedAsync(token);
                    Console.WriteLine($"Imported {await initializer.ImportFolderAsync(folder, token)} article files from {Path.GetFullPath(folder)}.");
                }) ? 0 : 1;
            case ["import", ..]:
                Console.Error.WriteLine("usage: import <folder of article files in the seed format>");
                return 2;
            case ["token", ..]:
                return EditorToken.Print(app.Configuration, args[1..]);
            case ["migrate", ..]:
                return await app.RunDatabaseStepAsync((initializer, token) => initializer.MigrateAsync(token)) ? 0 : 1;
            case ["seed", ..]:
                return await app.RunDatabaseStepAsync(async (initializer, token) =>
                {
                    await initializer.EnsureMigratedAsync(token);
                    await initializer.SeedAsync(token);
                }) ? 0 : 1;
            default:
                return null;
        }
    }
}
