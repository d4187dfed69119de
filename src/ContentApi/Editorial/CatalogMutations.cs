using ContentApi.Sources;
using ContentApi.Topics;
using GraphQL;
using GraphQL.Types;

namespace ContentApi.Editorial;

internal static class CatalogMutations
{
    private static readonly (string, Type, string) ChangedTopic = ("topic", typeof(TopicType), "The topic as it is now.");
    private static readonly (string, Type, string) ChangedSource = ("source", typeof(QuotedSourceType), "The source as it is now.");
    private static readonly Type[] CreateErrors = [typeof(SlugTakenErrorType), typeof(ValidationErrorType)];
    private static readonly Type[] UpdateErrors = [typeof(NotFoundErrorType), typeof(SlugTakenErrorType), typeof(ValidationErrorType)];

    public static void AddCatalogMutations(this ObjectGraphType mutation, CatalogEditor catalog)
    {
        mutation.AddMutation("createTopic", "Creates a topic that articles can then be tagged with by slug.",
            new CreateTopicInputType(), ChangedTopic, CreateErrors,
            (c, editor) => catalog.CreateTopicAsync(c.GetArgument<CreateTopicInput>("input"), editor, c.CancellationToken));
        mutation.AddMutation("updateTopic", "Renames a topic or changes its slug.",
            new UpdateTopicInputType(), ChangedTopic, UpdateErrors,
            (c, editor) => catalog.UpdateTopicAsync(c.GetArgument<UpdateTopicInput>("input"), editor, c.CancellationToken));
        mutation.AddMutation("createSource", "Creates a person or organisation that quotes can then be attributed to.",
            new CreateSourceInputType(), ChangedSource, CreateErrors,
            (c, editor) => catalog.CreateSourceAsync(c.GetArgument<CreateSourceInput>("input"), editor, c.CancellationToken));
        mutation.AddMutation("updateSource", "Changes a source's name, role, organisation or slug.",
            new UpdateSourceInputType(), ChangedSource, UpdateErrors,
            (c, editor) => catalog.UpdateSourceAsync(c.GetArgument<UpdateSourceInput>("input"), editor, c.CancellationToken));
    }
}
