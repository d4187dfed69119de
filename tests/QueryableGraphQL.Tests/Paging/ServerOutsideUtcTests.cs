using QueryableGraphQL.Paging;
using QueryableGraphQL.Tests.Fixtures;

namespace QueryableGraphQL.Tests.Paging;

/// <summary>Tests that change the process's local time zone must not run beside any other test.</summary>
[CollectionDefinition(nameof(LocalTimeZoneCollection), DisableParallelization = true)]
public sealed class LocalTimeZoneCollection;

/// <summary>
/// Providers read DateTime columns back without a kind (SQLite always, SQL Server without a converter). On a
/// server whose local zone is not UTC, a cursor must still carry exactly the stored value.
/// </summary>
[Collection(nameof(LocalTimeZoneCollection))]
public sealed class ServerOutsideUtcTests : IDisposable
{
    private readonly string? previousZone = Environment.GetEnvironmentVariable("TZ");

    public ServerOutsideUtcTests()
    {
        Environment.SetEnvironmentVariable("TZ", "Pacific/Auckland");
        TimeZoneInfo.ClearCachedData();
        Assert.NotEqual(TimeSpan.Zero, TimeZoneInfo.Local.BaseUtcOffset);
    }

    [Fact]
    public void A_date_without_a_kind_keeps_its_value_in_a_cursor()
    {
        var stored = new DateTime(2024, 5, 1, 8, 30, 0, DateTimeKind.Unspecified);
        var ordering = OrderingCase.All["publishedAt DESC"].Ordering;

        var decoded = PageReader.Codec.Decode(PageReader.Codec.Encode(ordering, [stored, 1]), ordering)!;

        Assert.Equal((stored.Ticks, DateTimeKind.Utc), (((DateTime)decoded[0]!).Ticks, ((DateTime)decoded[0]!).Kind));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_walk_over_a_date_column_visits_every_row_once(bool forward)
    {
        using var store = new PagingBookstore(count: 300, seed: 5);
        var ordering = OrderingCase.All["publishedAt DESC"];

        var pages = await Walk.AllPagesAsync(new PageReader(store, ordering).ReadAsync, 25, forward, maxPages: 20);

        Assert.Equal(ordering.Sort(store.Books).Select(b => b.Id), Walk.Ids(pages, forward));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TZ", previousZone);
        TimeZoneInfo.ClearCachedData();
    }
}
