using ContentApi.Articles;

namespace ContentApi.Topics;

public sealed class Topic
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public List<Article> Articles { get; set; } = [];
}
