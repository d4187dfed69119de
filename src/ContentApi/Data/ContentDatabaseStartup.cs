using ContentApi.Seeding;
using Microsoft.Extensions.Options;

namespace ContentApi.Data;

public static class ContentDatabaseStartup
{
    /// <summary>
    /// Brings the database up to date before the server listens: always on SQLite (embedded, one process), and
    /// on a server database only with <c>Database:MigrateOnStartup=true</c>; otherwise the <c>migrate</c> and
    /// <c>seed</c> commands do it. A bad seed file stops start-up with a one-line reason naming the file, instead
    /// of a stack trace; nothing from that run was written (one transaction).
    /// </summary>
    public static Task<bool> InitializeContentDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.IsServer && !database.MigrateOnStartup)
        {
            app.Logger.LogInformation(
                "Serving the {Provider} database as it is: run the 'migrate' and 'seed' commands, or set Database:MigrateOnStartup=true",
                database.Provider);
            return Task.FromResult(true);
        }

        return app.RunDatabaseStepAsync((initializer, token) => initializer.InitializeAsync(token));
    }

    /// <summary>Runs one step of the initializer, turning a bad seed file into a one-line critical log and <c>false</c>.</summary>
    public static async Task<bool> RunDatabaseStepAsync(this WebApplication app, Func<ContentDatabaseInitializer, CancellationToken, Task> step)
    {
        try
        {
            await step(app.Services.GetRequiredService<ContentDatabaseInitializer>(), app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (Exception exception) when (exception is SeedFormatException or DatabaseNotMigratedException or DirectoryNotFoundException)
        {
            app.Logger.LogCritical("Start-up stopped: {Reason}", exception.Message);
            return false;
        }
    }
}
