namespace ContentApi.Data;

/// <summary>The database's schema is behind the app's migrations, so the step asked for cannot run.</summary>
public sealed class DatabaseNotMigratedException(string message) : Exception(message);
