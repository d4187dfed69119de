using ContentApi.Auth;
using GraphQL;
using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>The editorial write API. The whole type needs the <c>editor</c> role; anyone else gets UNAUTHORIZED.</summary>
public sealed class ContentMutation : ObjectGraphType
{
    public ContentMutation(ArticleEditor articles, QuoteEditor quotes, CatalogEditor catalog)
    {
        Name = "Mutation";
        Description = "Write articles, quotes, topics and sources. Needs a bearer token with the role 'editor'.";
        this.AuthorizeWithRoles(JwtAuthOptions.EditorRole);
        this.AddArticleMutations(articles);
        this.AddQuoteMutations(quotes);
        this.AddCatalogMutations(catalog);
    }
}
