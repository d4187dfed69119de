namespace ContentApi.Data;

/// <summary>Configuration key <c>Database:Provider</c>: <c>Sqlite</c> (default) or <c>SqlServer</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
