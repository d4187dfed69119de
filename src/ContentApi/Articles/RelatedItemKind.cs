namespace ContentApi.Articles;

/// <summary>What two related articles can share.</summary>
internal enum RelatedItemKind
{
    Topic,
    Source,
}
