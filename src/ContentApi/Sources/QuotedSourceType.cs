using ContentApi.Data;
using ContentApi.Editorial;
using GraphQL.Types;
using QueryableGraphQL;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Relay;

namespace ContentApi.Sources;

public sealed class QuotedSourceType : NodeGraphType<ContentDbContext, QuotedSource>
{
    public QuotedSourceType()
        : base("QuotedSource", db => db.Sources, s => s.Id, "Global id of the source.")
    {
        Description = "A person or organisation quoted in articles.";
        Field(s => s.Slug).Description("URL slug, unique among sources.");
        Field(s => s.Name).Description("Name of the person or organisation.");
        Field(s => s.Role, nullable: true).Description("Role as the article gives it, such as 'co-founder and CEO'.");
        Field(s => s.Organization, nullable: true).Description("Organisation the source speaks for, as the article gives it.");
        Field<NonNullGraphType<QuotesConnectionType>>("quotes").Projects()
            .Description("Quotes this source gave in published articles, newest article first unless 'order' says otherwise.")
            .UseQueryable("quotes")
            .Resolve(SourceLoaders.QuotesBySourceId);
        this.AddAuditField();
    }
}
