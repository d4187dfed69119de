using GraphQL.Types;
using QueryableGraphQL.Paging;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Relay;

namespace ContentApi.Sources;

public sealed class QuotedSourceType : ObjectGraphType<QuotedSource>
{
    public QuotedSourceType()
    {
        Name = "QuotedSource";
        Description = "A person or organisation quoted in articles.";
        Interface<NodeInterfaceGraphType>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the source.")
            .Resolve(context => GlobalId.Encode(Name, context.Source.Id));
        Field(s => s.Slug).Description("URL slug, unique among sources.");
        Field(s => s.Name).Description("Name of the person or organisation.");
        Field(s => s.Role, nullable: true).Description("Role as the article gives it, such as 'co-founder and CEO'.");
        Field(s => s.Organization, nullable: true).Description("Organisation the source speaks for, as the article gives it.");
        Field<NonNullGraphType<QuotesConnectionType>>("quotes").Projects()
            .Description("Quotes this source gave in published articles, newest article first unless 'order' says otherwise.")
            .WithPagingArguments()
            .Argument<QuoteFilterInput>("where", "Only quotes that meet these conditions.")
            .Argument<ListGraphType<NonNullGraphType<QuoteSortInput>>>("order", "Sort order; the first entry has the highest priority.")
            .Resolve(SourceLoaders.QuotesBySourceId);
    }
}
