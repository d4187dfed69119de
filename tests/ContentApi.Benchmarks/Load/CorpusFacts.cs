namespace ContentApi.Benchmarks.Load;

/// <summary>What the scenarios need to know about one corpus: its size, the 90% cursor and an article to open.</summary>
internal sealed record CorpusFacts(int Articles, string DatabasePath, string DeepCursor, int DeepOffset, string ArticleSlug);
