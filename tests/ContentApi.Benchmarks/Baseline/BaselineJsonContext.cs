using System.Text.Json.Serialization;

namespace ContentApi.Benchmarks.Baseline;

/// <summary>System.Text.Json source generation for every arm-B response: no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArticlesData<PagedNodes<FrontPageNode>>))]
[JsonSerializable(typeof(ArticlesData<PagedNodes<TopicPageNode>>))]
[JsonSerializable(typeof(ArticlesData<NodeList<SearchNode>>))]
[JsonSerializable(typeof(ArticlesData<NodeList<RelatedListNode>>))]
[JsonSerializable(typeof(ArticleData))]
[JsonSerializable(typeof(SearchData))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
