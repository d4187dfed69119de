using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>The input of unpublish and delete (one instance each); its name comes from the mutation.</summary>
public sealed class ArticleVersionInputType : InputObjectGraphType<ArticleVersionInput>
{
    public ArticleVersionInputType()
    {
        Description = "An article and the version you last read.";
        AddVersionFields(this);
    }

    internal static void AddVersionFields(InputObjectGraphType<ArticleVersionInput> input)
    {
        input.Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Global id of the article.");
        input.Field(i => i.Version).Description("The version you last read; a newer one means someone else changed it (ConcurrencyError).");
    }
}
