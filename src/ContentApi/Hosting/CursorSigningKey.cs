using QueryableGraphQL.Paging;

namespace ContentApi.Hosting;

/// <summary>
/// Cursors are signed so clients cannot forge them; a key everyone knows would sign nothing. Outside Development
/// <c>GraphQL:Paging:CursorSigningKey</c> must be set (instances behind one load balancer need the same one); in
/// Development an unset key becomes a random one per start.
/// </summary>
public static class CursorSigningKey
{
    public const string ConfigurationKey = CursorPagingOptions.SectionName + ":" + nameof(CursorPagingOptions.CursorSigningKey);
    public const int MinimumLength = 32;

    /// <summary>Null when the host may start, otherwise the one-line reason it must not.</summary>
    public static string? Check(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = configuration[ConfigurationKey];
        if (string.IsNullOrEmpty(key))
        {
            return environment.IsDevelopment()
                ? null
                : $"{ConfigurationKey} is not set. Outside Development set it to a secret of at least {MinimumLength} characters, shared by every instance (environment variable GraphQL__Paging__CursorSigningKey).";
        }

        return key.Length < MinimumLength
            ? $"{ConfigurationKey} is {key.Length} characters long; use a secret of at least {MinimumLength} characters."
            : null;
    }
}
