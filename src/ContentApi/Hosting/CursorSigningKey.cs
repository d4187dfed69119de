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

    /// <summary>False, after printing the one-line reason to standard error, when the host must not start.</summary>
    public static bool HasCursorSigningKey(this WebApplicationBuilder builder)
    {
        if (Check(builder.Configuration, builder.Environment) is not { } refusal)
        {
            return true;
        }

        Console.Error.WriteLine($"Start-up stopped: {refusal}");
        return false;
    }

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
