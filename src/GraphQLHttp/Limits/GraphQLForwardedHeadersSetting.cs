namespace GraphQLHttp;

/// <summary>Whether trusted proxies are configured, so mapping the endpoint knows to apply their forwarded headers.</summary>
internal sealed record GraphQLForwardedHeadersSetting(bool Enabled);
