namespace ContentApi.Auth;

/// <summary>
/// Refuses to start on <c>Auth:Jwt</c> settings that would silently reject every editor: a signing key too short for
/// HS256, or a key and an identity provider at once (which one signs the tokens would be a guess).
/// </summary>
public static class JwtSettingsCheck
{
    /// <summary>False, after printing the one-line reason to standard error, when the host must not start.</summary>
    public static bool HasUsableJwtSettings(this WebApplicationBuilder builder)
    {
        if (Check(builder.Configuration) is not { } refusal)
        {
            return true;
        }

        Console.Error.WriteLine($"Start-up stopped: {refusal}");
        return false;
    }

    public static string? Check(IConfiguration configuration)
    {
        var jwt = configuration.GetSection(JwtAuthOptions.SectionName).Get<JwtAuthOptions>() ?? new JwtAuthOptions();
        if (string.IsNullOrEmpty(jwt.SigningKey))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(jwt.Authority))
        {
            return "set either Auth:Jwt:SigningKey (self-issued tokens) or Auth:Jwt:Authority (an identity provider), not both.";
        }

        return jwt.SigningKey.Length < JwtAuthOptions.MinimumSigningKeyLength
            ? $"Auth:Jwt:SigningKey is {jwt.SigningKey.Length} characters long; HS256 needs a secret of at least {JwtAuthOptions.MinimumSigningKeyLength} characters."
            : null;
    }
}
