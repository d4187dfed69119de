using ContentApi.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using System.Data.Common;

namespace ContentApi.Tests.Editorial;

/// <summary>
/// A failure in the middle of a mutation, after the article row is already inserted, rolls the whole mutation
/// back: no article, no topic links, no new content version; the client gets INTERNAL, not a half-written article.
/// </summary>
public abstract class FaultInjectionTests(EditorialApiFactory factory)
{
    [SkippableFact]
    public async Task A_fault_after_the_article_row_is_written_leaves_the_database_unchanged()
    {
        var fault = factory.Services.GetRequiredService<FailingTopicLinks>();
        var editor = factory.EditorClient();
        var before = await WriteState.ReadAsync(factory.Services);

        fault.Armed = true;
        var response = await editor.SendGraphQLAsync(Mutations.CreateArticle("half-written", "[\"geopolitics\", \"venezuela\"]"));
        fault.Armed = false;

        Assert.True(fault.ArticleRowWritten, "the fault must come after the article's INSERT ran");
        Assert.Equal(["INTERNAL"], response.ErrorCodes);
        Assert.Equal(before, await WriteState.ReadAsync(factory.Services));
        var retry = await editor.RunAsync(Mutations.CreateArticle("half-written", "[\"geopolitics\", \"venezuela\"]"));
        Assert.Equal(2, retry["article"]!["topics"]!.Count());
    }

    public sealed class OnSqlite(FaultyFactory factory) : FaultInjectionTests(factory), IClassFixture<FaultyFactory>;

    public sealed class OnPostgreSql(PostgreSqlFaultyFactory factory) : FaultInjectionTests(factory), IClassFixture<PostgreSqlFaultyFactory>;

    public class FaultyFactory : EditorialApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<FailingTopicLinks>();
                services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<FailingTopicLinks>());
            });
        }
    }

    public sealed class PostgreSqlFaultyFactory : FaultyFactory
    {
        public override ContentApi.Data.DatabaseProvider Provider => ContentApi.Data.DatabaseProvider.PostgreSql;
    }

    /// <summary>When armed, fails the statement that links the new article to its topics.</summary>
    public sealed class FailingTopicLinks : DbCommandInterceptor
    {
        public volatile bool Armed;
        public volatile bool ArticleRowWritten;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            FailTopicLinks(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            FailTopicLinks(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            ArticleRowWritten |= Armed && command.CommandText.Contains("INSERT INTO \"Articles\"", StringComparison.Ordinal);
            return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }

        private void FailTopicLinks(DbCommand command)
        {
            if (Armed && ArticleRowWritten && command.CommandText.Contains("INSERT INTO \"ArticleTopics\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Injected fault after the article row was written.");
            }
        }
    }
}
