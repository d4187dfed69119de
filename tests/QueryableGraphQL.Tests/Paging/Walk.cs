using QueryableGraphQL.Paging;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>
/// Pages through a whole list with <c>first/after</c> or <c>last/before</c>, following the cursors, and hands
/// each page to an optional callback (to change the data between pages).
/// </summary>
internal static class Walk
{
    public static async Task<List<Connection<Book>>> AllPagesAsync(
        Func<PagingArguments, Task<Connection<Book>>> read, int size, bool forward, int maxPages, Func<Connection<Book>, Task>? betweenPages = null)
    {
        var pages = new List<Connection<Book>>();
        string? cursor = null;
        while (true)
        {
            var page = await read(forward ? new PagingArguments(size, cursor, null, null) : new PagingArguments(null, null, size, cursor));
            pages.Add(page);
            var more = forward ? page.PageInfo.HasNextPage : page.PageInfo.HasPreviousPage;
            Assert.True(pages.Count <= maxPages, $"The walk did not end after {maxPages} pages.");
            if (!more)
            {
                return pages;
            }

            cursor = forward ? page.PageInfo.EndCursor : page.PageInfo.StartCursor;
            if (betweenPages is not null)
            {
                await betweenPages(page);
            }
        }
    }

    /// <summary>The ids of all pages in list order, whichever direction they were read in.</summary>
    public static List<int> Ids(IEnumerable<Connection<Book>> pages, bool forward) =>
        [.. (forward ? pages : pages.Reverse()).SelectMany(p => p.Nodes).Select(b => b.Id)];
}
