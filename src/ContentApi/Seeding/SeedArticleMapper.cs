using ContentApi.Articles;

namespace ContentApi.Seeding;

internal static class SeedArticleMapper
{
    public static void Apply(SeedArticleDocument document, Article article)
    {
        article.Title = document.Title;
        article.Summary = document.Summary;
        article.Section = document.Section;
        article.Paragraphs = [.. document.Paragraphs];
        article.PublishedAt = document.PublishedAt?.UtcDateTime;
        article.UpdatedAt = document.UpdatedAt?.UtcDateTime;
        article.Status = document.Status == "DRAFT" ? ArticleStatus.Draft : ArticleStatus.Published;
        article.FeatureImage = document.FeatureImage is { } image
            ? new FeatureImage { Url = image.Url, Caption = image.Caption, Credit = image.Credit }
            : null;
    }
}
