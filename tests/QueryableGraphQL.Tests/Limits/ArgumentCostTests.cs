using GraphQL.Validation.Complexity;
using QueryableGraphQL.Limits;

namespace QueryableGraphQL.Tests.Limits;

/// <summary>
/// Filters and sorts add to the static cost in proportion to the work they ask of the database, from literal and
/// variable values alike, while first/last keep multiplying what lies under a connection.
/// </summary>
public sealed class ArgumentCostTests
{
    private const string Plain = "{ books(first: 10) { nodes { id } } }";
    private readonly CostProbe _probe = new();

    private ArgumentLimitsOptions Limits => _probe.Limits;

    public static TheoryData<string, string> Filters() => new()
    {
        { "{ title: { eq: \"a\" } }", "operator" },
        { "{ pages: { gt: 1, lt: 9 } }", "operator*2" },
        { "{ title: { contains: \"a\" } }", "text" },
        { "{ title: { nendsWith: \"a\" } }", "text" },
        { "{ or: [{ title: { startsWith: \"a\" } }, { pages: { in: [1, 2] } }] }", "text+operator" },
        { "{ author: { name: { eq: \"a\" } } }", "operator*2" },
        { "{ tags: { some: { label: { contains: \"a\" } } } }", "list(text)" },
        { "{ tags: { any: true } }", "list" },
        { "{ reviews: { all: { stars: { gte: 2 } } }, tags: { none: { label: { eq: \"x\" } } } }", "list(operator)*2" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_operator_adds_its_weight_once_to_the_connection_field(string where, string weights)
    {
        var plain = await _probe.CostAsync(Plain);

        var filtered = await _probe.CostAsync($$"""{ books(first: 10, where: {{where}}) { nodes { id } } }""");

        Assert.Equal(Expected(weights), filtered - plain, precision: 6);
    }

    [Fact]
    public async Task A_variable_filter_costs_what_the_same_literal_costs()
    {
        var literal = await _probe.CostAsync("""{ books(where: { or: [{ title: { contains: "a" } }, { tags: { some: { label: { eq: "b" } } } }] }) { nodes { id } } }""");

        var variable = await _probe.CostAsync(
            "query($w: BookFilterInput) { books(where: $w) { nodes { id } } }",
            new { w = new { or = new object[] { new { title = new { contains = "a" } }, new { tags = new { some = new { label = new { eq = "b" } } } } } } });

        Assert.Equal(literal, variable, precision: 6);
        Assert.True(literal > await _probe.CostAsync("{ books { nodes { id } } }"));
    }

    [Fact]
    public async Task Each_sort_key_adds_its_weight()
    {
        var plain = await _probe.CostAsync(Plain);

        var sorted = await _probe.CostAsync("{ books(first: 10, order: [{ title: ASC }, { rating: DESC }]) { nodes { id } } }");

        var nested = await _probe.CostAsync("{ books(first: 10, order: [{ author: { name: ASC } }]) { nodes { id } } }");

        Assert.Equal(2 * Limits.SortKeyCost, sorted - plain, precision: 6);
        Assert.Equal(2 * Limits.SortKeyCost, nested - plain, precision: 6);
    }

    [Fact]
    public async Task First_still_multiplies_the_children_and_a_nested_filter_runs_once_per_parent_row()
    {
        var ten = await _probe.CostAsync("{ books(first: 10) { nodes { id title } } }");
        var twenty = await _probe.CostAsync("{ books(first: 20) { nodes { id title } } }");
        var nestedPlain = await _probe.CostAsync("{ authors { books(first: 2) { nodes { id } } } }");
        var nestedFiltered = await _probe.CostAsync("""{ authors { books(first: 2, where: { title: { contains: "a" } }) { nodes { id } } } }""");

        Assert.Equal(20, twenty - ten, precision: 6);
        // authors is an unbounded list: GraphQL.NET's default list multiplier applies to what is under it.
        Assert.Equal(new ComplexityOptions().DefaultListImpactMultiplier * Limits.TextMatchCost, nestedFiltered - nestedPlain, precision: 6);
    }

    [Fact]
    public async Task Weights_come_from_the_options()
    {
        var probe = new CostProbe(new ArgumentLimitsOptions { TextMatchCost = 7, ListFilterCost = 3, ListFilterFanOut = 4, FilterOperatorCost = 2 });
        var plain = await probe.CostAsync(Plain);

        var filtered = await probe.CostAsync("""{ books(first: 10, where: { title: { contains: "a" }, tags: { some: { label: { eq: "b" } } } }) { nodes { id } } }""");

        Assert.Equal(7 + 3 + (4 * 2), filtered - plain, precision: 6);
    }

    private double Expected(string weights) => weights switch
    {
        "operator" => Limits.FilterOperatorCost,
        "operator*2" => 2 * Limits.FilterOperatorCost,
        "text" => Limits.TextMatchCost,
        "text+operator" => Limits.TextMatchCost + Limits.FilterOperatorCost,
        "list(text)" => Limits.ListFilterCost + (Limits.ListFilterFanOut * Limits.TextMatchCost),
        "list" => Limits.ListFilterCost,
        "list(operator)*2" => 2 * (Limits.ListFilterCost + (Limits.ListFilterFanOut * Limits.FilterOperatorCost)),
        _ => throw new ArgumentOutOfRangeException(nameof(weights), weights, null),
    };
}
