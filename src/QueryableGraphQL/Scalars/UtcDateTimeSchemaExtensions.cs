using GraphQL;
using GraphQL.DI;
using GraphQL.Types;

namespace QueryableGraphQL.Scalars;

/// <summary>Makes a schema expose every <see cref="DateTime"/> through <see cref="UtcDateTimeGraphType"/>.</summary>
public static class UtcDateTimeSchemaExtensions
{
    /// <summary>Maps <see cref="DateTime"/> (and nullable) to the UTC <c>DateTime</c> scalar on this schema.</summary>
    public static TSchema UseUtcDateTime<TSchema>(this TSchema schema)
        where TSchema : ISchema
    {
        schema.RegisterTypeMapping(typeof(DateTime), typeof(UtcDateTimeGraphType));
        return schema;
    }

    /// <summary>Same as <see cref="UseUtcDateTime{TSchema}(TSchema)"/>, applied to the schema the builder configures.</summary>
    public static IGraphQLBuilder UseUtcDateTime(this IGraphQLBuilder builder)
    {
        builder.Services.TryRegister(typeof(UtcDateTimeGraphType), typeof(UtcDateTimeGraphType), ServiceLifetime.Transient);
        return builder.ConfigureSchema(schema => schema.UseUtcDateTime());
    }
}
