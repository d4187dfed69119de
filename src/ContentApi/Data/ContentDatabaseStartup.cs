using ContentApi.Seeding;

namespace ContentApi.Data;

public static class ContentDatabaseStartup
{
    /// <summary>
    /// Runs the initializer before the server listens. A bad seed file stops start-up with a one-line reason
    /// naming the file, instead of a stack trace; nothing from that run was written (one transaction).
    /// </summary>
    public static async Task<bool> InitializeContentDatabaseAsync(this WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<ContentDatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (SeedFormatException exception)
        {
            app.Logger.LogCritical("Start-up stopped: {Reason}", exception.Message);
            return false;
        }
    }
}
