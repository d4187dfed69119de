using QueryableGraphQL.Tests.Fixtures;
using QueryableGraphQL.Tests.Paging;

namespace QueryableGraphQL.Tests.Loading;

/// <summary>
/// One parent's page by the reference sort. The cursor may come from another parent's list: it is just a
/// position in the ordering, so the page holds this parent's rows beyond that position.
/// </summary>
internal sealed record ExpectedChildPage(List<int> Ids, bool HasNextPage, bool HasPreviousPage)
{
    public static ExpectedChildPage For(OrderingCase ordering, IEnumerable<Book> children, Book? cursorRow, int size, bool forward)
    {
        var own = children.ToList();
        if (cursorRow is null)
        {
            var all = ordering.Sort(own).Select(b => b.Id).ToList();
            return forward
                ? new([.. all.Take(size)], all.Count > size, false)
                : new([.. all.TakeLast(size)], false, all.Count > size);
        }

        var isChild = own.Any(b => b.Id == cursorRow.Id);
        var list = ordering.Sort(isChild ? own : own.Append(cursorRow)).Select(b => b.Id).ToList();
        var position = list.IndexOf(cursorRow.Id);
        var before = list[..position];
        var after = list[(position + 1)..];
        // The cursor row itself lies behind the page when it is one of this parent's rows.
        var cursorBehind = isChild ? 1 : 0;
        return forward
            ? new([.. after.Take(size)], after.Count > size, before.Count + cursorBehind > 0)
            : new([.. before.TakeLast(size)], after.Count + cursorBehind > 0, before.Count > size);
    }
}
