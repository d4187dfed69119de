using QueryableGraphQL.Sorting;

namespace ContentApi.Articles;

public sealed class ArticleSortInput : SortInputGraphType<Article>
{
    public ArticleSortInput()
    {
        Field(a => a.Slug, "Sort by URL slug.");
        Field(a => a.Title, "Sort by headline.");
        Field(a => a.Section, "Sort by section name.");
        Field(a => a.PublishedAt, "Sort by publication time; undated articles come last either way.");
        Field(a => a.UpdatedAt, "Sort by last update; never-updated articles come last either way.");
    }
}
