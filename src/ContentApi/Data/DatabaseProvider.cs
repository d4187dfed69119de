namespace ContentApi.Data;

/// <summary>Configuration key <c>Database:Provider</c>: <c>Sqlite</c> (default, embedded), <c>PostgreSql</c> or <c>SqlServer</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
