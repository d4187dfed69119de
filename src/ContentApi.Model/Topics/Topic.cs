using ContentApi.Articles;
using ContentApi.Editorial;

namespace ContentApi.Topics;

public sealed class Topic : IAudited
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public List<Article> Articles { get; set; } = [];
    public DateTime? CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? ModifiedAt { get; set; }
    public string? ModifiedBy { get; set; }
}
