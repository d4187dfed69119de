using System.Linq.Expressions;
using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Search;
using Microsoft.EntityFrameworkCore;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using Snapshooter.Xunit;

namespace ContentApi.Tests.Search;

/// <summary>Production may run on SQL Server: the search pages must translate there too (CONTAINSTABLE). No server is needed.</summary>
public sealed class SearchSqlServerTranslationTests
{
    [Fact]
    public void Page_after_a_cursor_with_a_filter_translates_for_sql_server()
    {
        using var db = SqlServerContext();
        Expression<Func<Article, bool>> filter = a => a.Section == "China";
        var query = SearchQueryParser.Parse("\"talent pool\" Hong OR Kong -Venezuela markets");

        var matches = ArticleSearchQuery.Matches(db, new SqlServerSearchIndex(new SearchOptions()), query, filter);
        var sql = QueryableConnectionExtensions.PageQueries(matches, PageAfterCursor(db)).Single().ToQueryString();

        Assert.Contains("CONTAINSTABLE([ArticleSearchDocuments], [Everything]", sql);
        Assert.Equal("(\"talent pool\" AND (FORMSOF(INFLECTIONAL, \"hong\") OR FORMSOF(INFLECTIONAL, \"kong\")) AND FORMSOF(INFLECTIONAL, \"markets\")) AND NOT FORMSOF(INFLECTIONAL, \"venezuela\")",
            ContainsSyntax.Render(query));
        Snapshot.Match(sql);
    }

    [Fact]
    public void Unfiltered_page_after_a_cursor_ranks_inside_the_index_on_sql_server()
    {
        using var db = SqlServerContext();
        var hits = new SqlServerSearchIndex(new SearchOptions()).Hits(db, SearchQueryParser.Parse("grid reform"));

        var sql = RankedSearchPage.PageQuery(db, hits, PageAfterCursor(db)).ToQueryString();

        Snapshot.Match(sql);
    }

    private static ContentDbContext SqlServerContext() =>
        new(new DbContextOptionsBuilder<ContentDbContext>().UseSqlServer("Server=unused;Database=unused").Options);

    private static ConnectionRequest<ArticleSearchMatch> PageAfterCursor(ContentDbContext db) => new(
        null,
        KeysetOrdering.Create(ArticleSearchRequest.ByScore, ArticleSearchRequest.ByScore, (ArticleSearchMatch m) => m.Article.Id).BoundTo("Query.search"),
        new PageRequest(10, Forward: true, Cursor: [1.5, 42]),
        ArticleSearchRequest.Projection(ProjectionBuilder.Build<Article>(db.Model, [nameof(Article.Title)])),
        IncludeTotalCount: false,
        IncludeExactPageInfo: false,
        new CursorCodec(new CursorPagingOptions()));
}
