namespace ContentApi.Articles;

public sealed class FeatureImage
{
    public string Url { get; set; } = "";
    public string? Caption { get; set; }
    public string? Credit { get; set; }
}
