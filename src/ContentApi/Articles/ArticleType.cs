using ContentApi.Related;
using ContentApi.Sources;
using ContentApi.Topics;
using ContentApi.Data;
using ContentApi.Editorial;
using GraphQL.Types;
using QueryableGraphQL;
using QueryableGraphQL.Projection;
using QueryableGraphQL.Relay;

namespace ContentApi.Articles;

public sealed class ArticleType : NodeGraphType<ContentDbContext, Article>
{
    public ArticleType()
        : base("Article", db => db.Articles, a => a.Id, "Global id of the article.")
    {
        Description = "A published news article.";
        Field(a => a.Slug).Description("URL slug, unique among articles.");
        Field(a => a.Title).Description("The headline.");
        Field(a => a.Summary).Description("The standfirst: one or two sentences for lists and previews.");
        Field<NonNullGraphType<StringGraphType>>("body").Projects(nameof(Article.Paragraphs))
            .Description("The whole text, paragraphs separated by a blank line.")
            .Resolve(context => string.Join("\n\n", context.Source.Paragraphs));
        Field(a => a.Paragraphs).Description("The text as paragraphs, in reading order.");
        Field(a => a.Section).Description("Newsroom section, such as China.");
        Field(a => a.PublishedAt, nullable: true).Description("Publication time in UTC; null when the source gives no date.");
        Field(a => a.UpdatedAt, nullable: true).Description("Time of the last update in UTC, or null.");
        Field(a => a.Status, type: typeof(NonNullGraphType<ArticleStatusType>)).Description("Editorial state: always PUBLISHED in public queries; DRAFT only in editors' previews and mutation results.");
        Field<FeatureImageType>("featureImage").Projects(nameof(Article.FeatureImage))
            .Description("The lead image, when the article has one.")
            .Resolve(context => context.Source.FeatureImage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicType>>>>("topics").Projects()
            .Description("The topics the article is tagged with, by name unless 'order' says otherwise.")
            .UseQueryable("topics")
            .Resolve(TopicLoaders.TopicsByArticleId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteType>>>>("quotes").Projects()
            .Description("The direct quotes in the article, in reading order unless 'order' says otherwise.")
            .UseQueryable("quotes")
            .Resolve(SourceLoaders.QuotesByArticleId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelatedArticleType>>>>("related").Projects()
            .Description("Published articles to read next, best first, with the score that ranks them; see the README for the formula.")
            .Argument<IntGraphType>("first", "How many to return, at most 20.", a => a.DefaultValue = RelatedArticleRequest.DefaultFirst)
            .Argument<ArticleFilterInput>("where", "Only candidates that meet these conditions.")
            .Resolve(RelatedArticleLoaders.RelatedByArticleId);
        Field(a => a.Version).Description("Advances with every write; updates and status changes must name the version they read.");
        this.AddAuditField();
    }
}
