using GraphQL;
using QueryableGraphQL.Limits;

namespace QueryableGraphQL.Tests.Limits;

/// <summary>Lists and filter texts beyond the limits are INPUT_TOO_LARGE during validation, as literals or variables.</summary>
public sealed class InputSizeTests
{
    private static readonly ArgumentLimitsOptions Limits = new() { MaxListItems = 5, MaxFilterTextLength = 20 };
    private readonly CostProbe _probe = new(Limits);

    public static TheoryData<string, object> Oversized() => new()
    {
        { "query($w: BookFilterInput) { books(where: $w) { nodes { id } } }", new { w = new { title = new { @in = Strings(6, 3) } } } },
        { "query($w: BookFilterInput) { books(where: $w) { nodes { id } } }", new { w = new { pages = new { nin = Enumerable.Range(1, 6) } } } },
        { "query($w: BookFilterInput) { books(where: $w) { nodes { id } } }", new { w = new { or = Enumerable.Range(1, 6).Select(i => new { pages = new { eq = i } }) } } },
        { "query($w: BookFilterInput) { books(where: $w) { nodes { id } } }", new { w = new { and = new[] { new { tags = new { some = new { or = Enumerable.Range(1, 6).Select(i => new { label = new { eq = "x" } }) } } } } } } },
        { "query($w: BookFilterInput) { books(where: $w) { nodes { id } } }", new { w = new { title = new { startsWith = new string('a', 21) } } } },
        { "query($w: BookFilterInput) { books(where: $w) { nodes { id } } }", new { w = new { author = new { name = new { endsWith = new string('%', 21) } } } } },
        { "query($w: BookFilterInput) { books(where: $w) { nodes { id } } }", new { w = new { title = new { @in = new[] { "ok", new string('b', 21) } } } } },
        { "{ books(where: { title: { in: [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\"] } }) { nodes { id } } }", new { } },
        { "{ books(where: { subtitle: { contains: \"123456789012345678901\" } }) { nodes { id } } }", new { } },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task Oversized_lists_and_texts_are_refused_before_anything_runs(string query, object variables)
    {
        var (cost, result) = await _probe.ValidateAsync(query, variables);

        var error = Assert.Single(result.Errors!);
        Assert.Equal(InputTooLargeError.ErrorCode, error.Code);
        Assert.False(result.Executed);
        Assert.Null(cost);
    }

    [Fact]
    public async Task Inputs_at_the_limits_pass()
    {
        var (cost, result) = await _probe.ValidateAsync(
            "query($w: BookFilterInput) { books(where: $w) { nodes { id } } }",
            new { w = new { title = new { @in = Strings(5, 20), startsWith = new string('%', 20) }, or = Enumerable.Range(1, 5).Select(i => new { pages = new { eq = i } }) } });

        Assert.NotNull(cost);
        Assert.DoesNotContain(result.Errors ?? [], error => error.Code == InputTooLargeError.ErrorCode);
    }

    [Fact]
    public async Task A_long_cursor_is_not_a_filter_text()
    {
        var (cost, _) = await _probe.ValidateAsync("query($c: String) { books(first: 1, after: $c) { nodes { id } } }", new { c = new string('c', 200) });

        Assert.NotNull(cost);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ArgumentLimitsOptions.FilterTextLengthCeiling + 1)]
    public void A_text_limit_outside_what_every_provider_can_match_fails_start_up(int length) =>
        Assert.Throws<InvalidOperationException>(() => new ArgumentLimitsOptions { MaxFilterTextLength = length }.Validated());

    private static string[] Strings(int count, int length) =>
        Enumerable.Range(0, count).Select(i => i.ToString().PadLeft(length, 'x')).ToArray();
}
