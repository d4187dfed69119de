namespace ContentApi.Search;

/// <summary>The text of one matched article that the highlights are cut from; quotes in reading order.</summary>
internal sealed record ArticleSearchText(int Id, string Title, string Summary, List<string> Paragraphs, List<QuoteText> Quotes);

/// <summary>A quote's text and the name of its source.</summary>
internal sealed record QuoteText(string Text, string SourceName);
