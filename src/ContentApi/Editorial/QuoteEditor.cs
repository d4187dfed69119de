using ContentApi.Articles;
using ContentApi.Data;
using ContentApi.Sources;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Editorial;

/// <summary>
/// Adds, changes, moves and removes an article's quotes. Quotes are part of the article: each change checks and
/// advances the article's version, and positions stay 0..n-1 in reading order.
/// </summary>
public sealed class QuoteEditor(ArticleEditor articles)
{
    public Task<EditResult> AddAsync(AddQuoteInput input, Editor editor, CancellationToken cancellationToken)
    {
        Quote? added = null;
        return QuoteResult(articles.EditAsync(input.ArticleId, input.Version, editor, async (db, article, token) =>
        {
            var errors = new List<InvalidInput>();
            CatalogRules.CheckQuote("text", input.Text, errors);
            var position = input.Position ?? article.Quotes.Count;
            CheckPosition("position", position, article.Quotes.Count + 1, errors);
            var source = await SourceAsync(db, input.Source, "source", errors, token);
            if (errors.Count > 0)
            {
                return errors;
            }

            var quotes = Ordered(article);
            quotes.Insert(position, added = new Quote { Text = input.Text, Source = source! });
            article.Quotes.Add(added);
            Renumber(quotes);
            return [];
        }, cancellationToken), () => added);
    }

    public Task<EditResult> UpdateAsync(UpdateQuoteInput input, Editor editor, CancellationToken cancellationToken)
    {
        Quote? changed = null;
        return QuoteResult(articles.EditAsync(input.ArticleId, input.Version, editor, async (db, article, token) =>
        {
            var errors = new List<InvalidInput>();
            CheckPosition("position", input.Position, article.Quotes.Count, errors);
            CheckPosition("moveTo", input.MoveTo ?? 0, article.Quotes.Count, errors);
            if (input.Text is not null)
            {
                CatalogRules.CheckQuote("text", input.Text, errors);
            }

            var source = input.Source is null ? null : await SourceAsync(db, input.Source, "source", errors, token);
            if (errors.Count > 0)
            {
                return errors;
            }

            var quotes = Ordered(article);
            changed = quotes[input.Position];
            (changed.Text, changed.Source) = (input.Text ?? changed.Text, source ?? changed.Source);
            quotes.RemoveAt(input.Position);
            quotes.Insert(input.MoveTo ?? input.Position, changed);
            Renumber(quotes);
            return [];
        }, cancellationToken), () => changed);
    }

    /// <summary>Removes the quote; the ones after it move up. The payload holds the article.</summary>
    public Task<EditResult> RemoveAsync(RemoveQuoteInput input, Editor editor, CancellationToken cancellationToken) =>
        articles.EditAsync(input.ArticleId, input.Version, editor, (db, article, _) =>
        {
            var errors = new List<InvalidInput>();
            CheckPosition("position", input.Position, article.Quotes.Count, errors);
            if (errors.Count == 0)
            {
                var quotes = Ordered(article);
                db.Quotes.Remove(quotes[input.Position]);
                quotes.RemoveAt(input.Position);
                Renumber(quotes);
            }

            return Task.FromResult<IReadOnlyList<EditorialError>>(errors);
        }, cancellationToken);

    private static async Task<EditResult> QuoteResult(Task<EditResult> edit, Func<Quote?> quote)
    {
        var result = await edit;
        return result.Succeeded ? EditResult.Done(quote()) : result;
    }

    private static List<Quote> Ordered(Article article) => [.. article.Quotes.OrderBy(q => q.Position).ThenBy(q => q.Id)];

    private static void Renumber(List<Quote> quotes)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            quotes[i].Position = i;
        }
    }

    private static void CheckPosition(string field, int position, int count, List<InvalidInput> errors)
    {
        if (position < 0 || position >= count)
        {
            errors.Add(new(field, count == 0 ? "the article has no quotes." : $"must be between 0 and {count - 1}."));
        }
    }

    /// <summary>The source a quote names, which must exist; by id, or by name and organization.</summary>
    internal static async Task<QuotedSource?> SourceAsync(
        ContentDbContext db, SourceReferenceInput reference, string field, List<InvalidInput> errors, CancellationToken token)
    {
        QuotedSource? source = null;
        if (reference.Id is { } id)
        {
            var key = EditorialIds.Key(id, "QuotedSource");
            source = key is null ? null : await db.Sources.SingleOrDefaultAsync(s => s.Id == key, token);
        }
        else if (reference.Name is { } name)
        {
            source = await db.Sources.Where(s => s.Name == name && s.Organization == reference.Organization).OrderBy(s => s.Id).FirstOrDefaultAsync(token);
        }

        if (source is null)
        {
            errors.Add(new(field, "no such source: give the id of an existing one, or its exact name and organization (createSource makes a new one)."));
        }

        return source;
    }
}
