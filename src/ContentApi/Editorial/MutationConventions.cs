using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace ContentApi.Editorial;

/// <summary>
/// HotChocolate's mutation conventions: <c>name(input: NameInput!): NamePayload!</c>, where the payload holds the
/// changed object and <c>errors: [NameError!]</c>, a union of the error types this mutation can return.
/// </summary>
internal static class MutationConventions
{
    public static void AddMutation(
        this ObjectGraphType mutation,
        string name,
        string description,
        IInputObjectGraphType input,
        (string Name, Type GraphType, string Description) changed,
        Type[] errorTypes,
        Func<IResolveFieldContext, Editor, Task<EditResult>> resolve)
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        input.Name = typeName + "Input";
        var errors = new UnionGraphType { Name = typeName + "Error", Description = $"The errors {name} can return." };
        foreach (var errorType in errorTypes)
        {
            errors.Type(errorType);
        }

        var payload = new ObjectGraphType { Name = typeName + "Payload", Description = $"The result of {name}." };
        payload.AddField(new FieldType
        {
            Name = changed.Name,
            Description = changed.Description,
            Type = changed.GraphType,
            Resolver = new FuncFieldResolver<object?>(c => ((EditResult)c.Source!).Value),
        });
        payload.AddField(new FieldType
        {
            Name = "errors",
            Description = "Why nothing was changed; null when the mutation succeeded.",
            ResolvedType = new ListGraphType(new NonNullGraphType(errors)),
            Resolver = new FuncFieldResolver<object?>(c => ((EditResult)c.Source!).Errors),
        });
        mutation.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(payload),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = "input" }),
            Resolver = new FuncFieldResolver<object?>(async c =>
                await resolve(c, Editor.From(c.User, c.RequestServices!.GetRequiredService<TimeProvider>()))),
        });
    }
}
