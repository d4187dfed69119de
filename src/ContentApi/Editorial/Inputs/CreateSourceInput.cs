namespace ContentApi.Editorial;

/// <summary>Without a slug, one is made from the name ("Teng Jianqun" gives "teng-jianqun").</summary>
public sealed record CreateSourceInput(string Name, string? Role, string? Organization, string? Slug);
