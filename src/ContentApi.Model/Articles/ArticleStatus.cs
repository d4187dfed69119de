namespace ContentApi.Articles;

public enum ArticleStatus
{
    Draft,
    Published,
}
