using ContentApi.Search;

namespace ContentApi.Tests.Search;

/// <summary>Examples from Porter's paper and words of the corpus: what the highlights compare.</summary>
public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("conflated", "conflat")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controlling", "control")]
    [InlineData("rolling", "roll")]
    [InlineData("as", "as")]
    public void Stems_as_porter_does(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }

    [Theory]
    [InlineData("markets", "market")]
    [InlineData("talents", "talent")]
    [InlineData("regulators", "regulator")]
    [InlineData("blocked", "blocking")]
    public void Word_forms_share_a_stem(string one, string other)
    {
        Assert.Equal(PorterStemmer.Stem(one), PorterStemmer.Stem(other));
    }
}
