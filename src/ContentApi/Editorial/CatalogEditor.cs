using ContentApi.Data;
using ContentApi.Sources;
using ContentApi.Topics;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Editorial;

/// <summary>Creates and edits topics and quoted sources, each in one transaction.</summary>
public sealed class CatalogEditor(EditorialUnitOfWork unit)
{
    public Task<EditResult> CreateTopicAsync(CreateTopicInput input, Editor editor, CancellationToken cancellationToken) =>
        CreateAsync(new Topic { Slug = input.Slug, Name = input.Name }, editor, CatalogRules.Check, TopicSlugTaken, cancellationToken);

    public Task<EditResult> UpdateTopicAsync(UpdateTopicInput input, Editor editor, CancellationToken cancellationToken) =>
        EditAsync<Topic>(input.Id, "Topic", topic => (topic.Slug, topic.Name) = (input.Slug ?? topic.Slug, input.Name ?? topic.Name),
            editor, CatalogRules.Check, TopicSlugTaken, cancellationToken);

    public Task<EditResult> CreateSourceAsync(CreateSourceInput input, Editor editor, CancellationToken cancellationToken) =>
        CreateAsync(new QuotedSource
        {
            Slug = input.Slug ?? CatalogRules.SlugFrom(input.Name), Name = input.Name, Role = input.Role, Organization = input.Organization,
        }, editor, CatalogRules.Check, SourceSlugTaken, cancellationToken);

    public Task<EditResult> UpdateSourceAsync(UpdateSourceInput input, Editor editor, CancellationToken cancellationToken) =>
        EditAsync<QuotedSource>(input.Id, "QuotedSource", source =>
            (source.Slug, source.Name, source.Role, source.Organization) =
                (input.Slug ?? source.Slug, input.Name ?? source.Name, input.Role ?? source.Role, input.Organization ?? source.Organization),
            editor, CatalogRules.Check, SourceSlugTaken, cancellationToken);

    private Task<EditResult> EditAsync<T>(
        string id, string typeName, Action<T> change, Editor editor, Func<T, List<InvalidInput>> check,
        Func<ContentDbContext, T, Task<bool>> slugTaken, CancellationToken cancellationToken) where T : class, IAudited =>
        unit.RunAsync(async (db, token) =>
        {
            var key = EditorialIds.Key(id, typeName);
            var row = key is null ? null : await db.Set<T>().FindAsync([key.Value], token);
            if (row is null)
            {
                return EditResult.Refused(new NotFound(id));
            }

            change(row);
            return await ValidateAndSaveAsync(db, row, isNew: false, editor, check, slugTaken, token);
        }, null, cancellationToken);

    /// <summary>A slug taken by a concurrent create shows as a unique-index failure, explained afresh as SlugTakenError.</summary>
    private Task<EditResult> CreateAsync<T>(
        T row, Editor editor, Func<T, List<InvalidInput>> check, Func<ContentDbContext, T, Task<bool>> slugTaken,
        CancellationToken cancellationToken) where T : class, IAudited =>
        unit.RunAsync((db, token) => ValidateAndSaveAsync(db, row, isNew: true, editor, check, slugTaken, token),
            async (db, _) => await slugTaken(db, row) ? EditResult.Refused(new SlugTaken(Slug(row))) : null, cancellationToken);

    private static async Task<EditResult> ValidateAndSaveAsync<T>(
        ContentDbContext db, T row, bool isNew, Editor editor, Func<T, List<InvalidInput>> check,
        Func<ContentDbContext, T, Task<bool>> slugTaken, CancellationToken token) where T : class, IAudited
    {
        if (check(row) is { Count: > 0 } errors)
        {
            return EditResult.Refused(errors);
        }

        if (await slugTaken(db, row))
        {
            return EditResult.Refused(new SlugTaken(Slug(row)));
        }

        if (isNew)
        {
            editor.StampCreated(row);
            db.Add(row);
        }
        else
        {
            editor.StampModified(row);
        }

        await db.SaveChangesAsync(token);
        return EditResult.Done(row);
    }

    private static Task<bool> TopicSlugTaken(ContentDbContext db, Topic topic) =>
        db.Topics.AnyAsync(t => t.Slug == topic.Slug && t.Id != topic.Id);

    private static Task<bool> SourceSlugTaken(ContentDbContext db, QuotedSource source) =>
        db.Sources.AnyAsync(s => s.Slug == source.Slug && s.Id != source.Id);

    private static string Slug<T>(T row) => row switch
    {
        Topic topic => topic.Slug,
        QuotedSource source => source.Slug,
        _ => throw new ArgumentException("Topics and sources have slugs.", nameof(row)),
    };
}
