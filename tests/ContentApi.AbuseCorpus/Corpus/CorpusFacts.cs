namespace ContentApi.AbuseCorpus.Corpus;

/// <summary>
/// What the corpus borrows from the server under test: real cursors of three connection fields and a real id.
/// The same seed and the same facts give the same corpus.
/// </summary>
internal sealed record CorpusFacts(string ArticleCursor, string SourceCursor, string TopicCursor, string ArticleId, string CursorSigningKey)
{
    public const string DefaultSigningKey = "contentapi-cursor-signing-key";

    /// <summary>Facts for a server that could not be asked: cursors signed with the given key, in the server's format.</summary>
    public static CorpusFacts Offline(string signingKey)
    {
        var forge = new CursorForge(signingKey);
        return new(
            forge.Sign("""{"S":"publishedAt:DESC,id:DESC","K":[638814466200000000,1]}"""),
            forge.Sign("""{"S":"name:ASC,id:ASC","K":["Jane Zhang",2]}"""),
            forge.Sign("""{"S":"name:ASC,id:ASC","K":["Geopolitics",5]}"""),
            "QXJ0aWNsZTox",
            signingKey);
    }
}
