namespace ContentApi.Related;

/// <summary>The topics and sources a parent and one of its candidates have in common, by id.</summary>
internal sealed record RelatedSharedItems(List<int> TopicIds, List<int> SourceIds)
{
    public static RelatedSharedItems Of(RelatedIndex index, int parent, int candidate) =>
        new(Intersect(index.TopicsOf(parent), index.TopicsOf(candidate)), Intersect(index.SourcesOf(parent), index.SourcesOf(candidate)));

    /// <summary>Both lists are ascending: one merge pass.</summary>
    private static List<int> Intersect(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var shared = new List<int>(Math.Min(a.Length, b.Length));
        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared.Add(a[i]);
                (i, j) = (i + 1, j + 1);
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
