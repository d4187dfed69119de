using System.Text.RegularExpressions;
using ContentApi.Articles;

namespace ContentApi.Editorial;

/// <summary>
/// The invariants of an article, checked on the entity as it will be written, by every write path: mutations, the
/// seed import and <c>import</c>, and the synthetic corpus. Field names are the input's, so clients can point at them.
/// </summary>
public static partial class ArticleRules
{
    public const int SlugMaxLength = 200;
    public const int TitleMaxLength = 500;
    public const int SummaryMaxLength = 4000;
    public const int SectionMaxLength = 100;
    public const int MaxParagraphs = 500;
    public const int ParagraphMaxLength = 20000;
    public const int UrlMaxLength = 2000;
    public const int CreditMaxLength = 500;

    public static List<InvalidInput> Check(Article article)
    {
        var errors = new List<InvalidInput>();
        CheckSlug("slug", article.Slug, errors);
        CheckText("title", article.Title, TitleMaxLength, errors);
        CheckText("summary", article.Summary, SummaryMaxLength, errors);
        CheckText("section", article.Section, SectionMaxLength, errors);
        if (article.Paragraphs.Count is 0 or > MaxParagraphs)
        {
            errors.Add(new("paragraphs", $"give between 1 and {MaxParagraphs} paragraphs."));
        }

        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            CheckText($"paragraphs[{i}]", article.Paragraphs[i], ParagraphMaxLength, errors);
        }

        if (article.FeatureImage is { } image)
        {
            if (!Uri.TryCreate(image.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || image.Url.Length > UrlMaxLength)
            {
                errors.Add(new("featureImage.url", $"must be an absolute http(s) URL of at most {UrlMaxLength} characters."));
            }

            if (image.Credit is { Length: > CreditMaxLength })
            {
                errors.Add(new("featureImage.credit", $"must be at most {CreditMaxLength} characters."));
            }
        }

        return errors;
    }

    /// <summary>Lower-case letters and digits in words joined by single hyphens, as in the seeds' file names.</summary>
    public static void CheckSlug(string field, string slug, List<InvalidInput> errors)
    {
        if (slug.Length > SlugMaxLength || !SlugPattern().IsMatch(slug))
        {
            errors.Add(new(field, $"a slug is lower-case letters and digits in words joined by single hyphens, at most {SlugMaxLength} characters."));
        }
    }

    /// <summary>Required text: not blank, and within the column's length.</summary>
    public static void CheckText(string field, string? text, int maxLength, List<InvalidInput> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new(field, "is required and may not be blank."));
        }
        else if (text.Length > maxLength)
        {
            errors.Add(new(field, $"must be at most {maxLength} characters ({text.Length} given)."));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
