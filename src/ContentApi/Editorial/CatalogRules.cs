using ContentApi.Sources;
using ContentApi.Topics;

namespace ContentApi.Editorial;

/// <summary>The invariants of topics and quoted sources, and of a quote's text, for every write path.</summary>
public static class CatalogRules
{
    public const int NameMaxLength = 200;
    public const int RoleMaxLength = 300;
    public const int QuoteMaxLength = 10000;

    public static List<InvalidInput> Check(Topic topic)
    {
        var errors = new List<InvalidInput>();
        ArticleRules.CheckSlug("slug", topic.Slug, errors);
        ArticleRules.CheckText("name", topic.Name, NameMaxLength, errors);
        return errors;
    }

    public static List<InvalidInput> Check(QuotedSource source)
    {
        var errors = new List<InvalidInput>();
        ArticleRules.CheckSlug("slug", source.Slug, errors);
        ArticleRules.CheckText("name", source.Name, NameMaxLength, errors);
        CheckOptional("role", source.Role, errors);
        CheckOptional("organization", source.Organization, errors);
        return errors;
    }

    public static void CheckQuote(string field, string? text, List<InvalidInput> errors) =>
        ArticleRules.CheckText(field, text, QuoteMaxLength, errors);

    /// <summary>A slug from a display name: "Teng Jianqun" becomes "teng-jianqun", as in the seeds.</summary>
    public static string SlugFrom(string name)
    {
        var words = new string([.. name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
                .Where(c => char.IsAsciiLetterOrDigit(c) || char.IsWhiteSpace(c) || c == '-')])
            .Split([' ', '-', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join('-', words);
    }

    private static void CheckOptional(string field, string? text, List<InvalidInput> errors)
    {
        if (text is { Length: > RoleMaxLength })
        {
            errors.Add(new(field, $"must be at most {RoleMaxLength} characters ({text.Length} given)."));
        }
    }
}
