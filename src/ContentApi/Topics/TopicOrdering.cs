using System.Linq.Expressions;
using QueryableGraphQL.Sorting;

namespace ContentApi.Topics;

internal static class TopicOrdering
{
    public static readonly IReadOnlyList<SortKey> Default =
        [new("name", (Expression<Func<Topic, string>>)(t => t.Name), Descending: false)];
}
