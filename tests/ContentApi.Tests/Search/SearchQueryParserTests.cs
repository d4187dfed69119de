using ContentApi.Search;

namespace ContentApi.Tests.Search;

/// <summary>The reader syntax, written back in FTS5's and PostgreSQL's syntax: what each provider is asked.</summary>
public sealed class SearchQueryParserTests
{
    [Theory]
    [InlineData("markets rally", "\"markets\" AND \"rally\"", "'markets' & 'rally'")]
    [InlineData("\"talent pool\" Hong", "\"talent pool\" AND \"hong\"", "('talent' <-> 'pool') & 'hong'")]
    [InlineData("oil -Venezuela", "(\"oil\") NOT \"venezuela\"", "'oil' & !'venezuela'")]
    [InlineData("oil -\"United States\"", "(\"oil\") NOT \"united states\"", "'oil' & !('united' <-> 'states')")]
    [InlineData("chips OR semiconductors export", "(\"chips\" OR \"semiconductors\") AND \"export\"", "('chips' | 'semiconductors') & 'export'")]
    [InlineData("chips or semiconductors", "(\"chips\" OR \"semiconductors\")", "('chips' | 'semiconductors')")]
    [InlineData("ÉLAN São", "\"elan\" AND \"sao\"", "'elan' & 'sao'")]
    [InlineData("no mountain can block the river", "\"mountain\" AND \"block\" AND \"river\"", "'mountain' & 'block' & 'river'")]
    [InlineData("\"the river of the east\"", "\"river of the east\"", "('river' <-> 'of' <-> 'the' <-> 'east')")]
    [InlineData("Hong Kong's", "\"hong\" AND \"kong\"", "'hong' & 'kong'")]
    public void Reader_syntax_is_rendered_for_each_provider(string text, string fts5, string tsquery)
    {
        var query = SearchQueryParser.Parse(text);

        Assert.Equal(fts5, Fts5MatchSyntax.Render(query));
        Assert.Equal(tsquery, TsQuerySyntax.Render(query));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of and")]
    [InlineData("OR OR")]
    [InlineData("- \" -- ()")]
    [InlineData("-oil")]
    [InlineData("\"the\" -\"of the\"")]
    [InlineData("*:&|!<->")]
    public void Nothing_to_look_for_is_an_empty_query(string text)
    {
        Assert.True(SearchQueryParser.Parse(text).IsEmpty);
    }

    [Theory]
    [InlineData("\"talent pool", "\"talent\" AND \"pool\"")]
    [InlineData("OR oil OR", "\"oil\"")]
    [InlineData("oil - gas", "\"oil\" AND \"gas\"")]
    [InlineData("oil\" OR \"gas", "\"oil\" AND \"gas\"")]
    [InlineData("\"NEAR(a b)\" col:oil ^gas*", "\"near a b\" AND \"col oil\" AND \"gas\"")]
    [InlineData("'); DROP TABLE x; --", "\"drop\" AND \"table\" AND \"x\"")]
    public void Malformed_syntax_is_read_as_plain_words(string text, string fts5)
    {
        Assert.Equal(fts5, Fts5MatchSyntax.Render(SearchQueryParser.Parse(text)));
    }
}
