using QueryableGraphQL.Paging;

namespace ContentApi.Articles;

public sealed class ArticlesConnectionType() : ConnectionGraphType<ArticleType, Article>("Articles", "articles");
