IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE TABLE [Articles] (
        [Id] int NOT NULL IDENTITY,
        [Slug] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NOT NULL,
        [Title] nvarchar(500) COLLATE Latin1_General_100_CS_AS_SC NOT NULL,
        [Summary] nvarchar(max) COLLATE Latin1_General_100_CS_AS_SC NOT NULL,
        [Paragraphs] nvarchar(max) NOT NULL,
        [Section] nvarchar(100) COLLATE Latin1_General_100_CS_AS_SC NOT NULL,
        [PublishedAt] datetime2 NULL,
        [UpdatedAt] datetime2 NULL,
        [FeatureImageUrl] nvarchar(2000) COLLATE Latin1_General_100_CS_AS_SC NULL,
        [FeatureImageCaption] nvarchar(max) COLLATE Latin1_General_100_CS_AS_SC NULL,
        [FeatureImageCredit] nvarchar(500) COLLATE Latin1_General_100_CS_AS_SC NULL,
        [Status] nvarchar(20) NOT NULL,
        CONSTRAINT [PK_Articles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE TABLE [QuotedSources] (
        [Id] int NOT NULL IDENTITY,
        [Slug] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NOT NULL,
        [Name] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NOT NULL,
        [Role] nvarchar(300) COLLATE Latin1_General_100_CS_AS_SC NULL,
        [Organization] nvarchar(300) COLLATE Latin1_General_100_CS_AS_SC NULL,
        CONSTRAINT [PK_QuotedSources] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE TABLE [Topics] (
        [Id] int NOT NULL IDENTITY,
        [Slug] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NOT NULL,
        [Name] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NOT NULL,
        CONSTRAINT [PK_Topics] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE TABLE [Quotes] (
        [Id] int NOT NULL IDENTITY,
        [Text] nvarchar(max) COLLATE Latin1_General_100_CS_AS_SC NOT NULL,
        [Position] int NOT NULL,
        [ArticleId] int NOT NULL,
        [SourceId] int NOT NULL,
        CONSTRAINT [PK_Quotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Quotes_Articles_ArticleId] FOREIGN KEY ([ArticleId]) REFERENCES [Articles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Quotes_QuotedSources_SourceId] FOREIGN KEY ([SourceId]) REFERENCES [QuotedSources] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE TABLE [ArticleTopics] (
        [ArticleId] int NOT NULL,
        [TopicId] int NOT NULL,
        CONSTRAINT [PK_ArticleTopics] PRIMARY KEY ([ArticleId], [TopicId]),
        CONSTRAINT [FK_ArticleTopics_Articles_ArticleId] FOREIGN KEY ([ArticleId]) REFERENCES [Articles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_ArticleTopics_Topics_TopicId] FOREIGN KEY ([TopicId]) REFERENCES [Topics] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Articles_PublishedAt_Id] ON [Articles] ([PublishedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Articles_Section_PublishedAt] ON [Articles] ([Section], [PublishedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Articles_Slug] ON [Articles] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Articles_Status_PublishedAt_Id] ON [Articles] ([Status], [PublishedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Articles_Status_PublishedAt_Section] ON [Articles] ([Status], [PublishedAt], [Section]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Articles_Title] ON [Articles] ([Title]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_ArticleTopics_TopicId_ArticleId] ON [ArticleTopics] ([TopicId], [ArticleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_QuotedSources_Name] ON [QuotedSources] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_QuotedSources_Slug] ON [QuotedSources] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Quotes_ArticleId_Position] ON [Quotes] ([ArticleId], [Position]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Quotes_ArticleId_SourceId] ON [Quotes] ([ArticleId], [SourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Quotes_SourceId_ArticleId] ON [Quotes] ([SourceId], [ArticleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE INDEX [IX_Topics_Name] ON [Topics] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Topics_Slug] ON [Topics] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129090626_InitialCreate'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129090626_InitialCreate', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129103609_ContentVersionStamp'
)
BEGIN
    CREATE TABLE [ContentVersions] (
        [Id] int NOT NULL,
        [Version] bigint NOT NULL,
        CONSTRAINT [PK_ContentVersions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129103609_ContentVersionStamp'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Version') AND [object_id] = OBJECT_ID(N'[ContentVersions]'))
        SET IDENTITY_INSERT [ContentVersions] ON;
    EXEC(N'INSERT INTO [ContentVersions] ([Id], [Version])
    VALUES (1, CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Version') AND [object_id] = OBJECT_ID(N'[ContentVersions]'))
        SET IDENTITY_INSERT [ContentVersions] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129103609_ContentVersionStamp'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129103609_ContentVersionStamp', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    CREATE TABLE [ArticleSearchDocuments] (
        [ArticleId] int NOT NULL,
        [Title] nvarchar(max) NOT NULL,
        [Summary] nvarchar(max) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Quotes] nvarchar(max) NOT NULL,
        [Sources] nvarchar(max) NOT NULL,
        [Everything] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_ArticleSearchDocuments] PRIMARY KEY ([ArticleId]),
        CONSTRAINT [FK_ArticleSearchDocuments_Articles] FOREIGN KEY ([ArticleId]) REFERENCES [Articles] ([Id]) ON DELETE CASCADE);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    CREATE TYPE [ContentSearchIds] AS TABLE ([Id] int NOT NULL PRIMARY KEY);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    CREATE PROCEDURE [ContentSearchRefresh] @ids [ContentSearchIds] READONLY AS
    BEGIN
        SET NOCOUNT ON;
        DELETE FROM [ArticleSearchDocuments] WHERE [ArticleId] IN (SELECT [Id] FROM @ids);
        INSERT INTO [ArticleSearchDocuments] ([ArticleId], [Title], [Summary], [Body], [Quotes], [Sources], [Everything])
        SELECT a.[Id], a.[Title], a.[Summary], b.[Body], q.[Quotes], n.[Sources],
            CONCAT_WS(CHAR(10), a.[Title], a.[Summary], b.[Body], q.[Quotes], n.[Sources])
        FROM [Articles] AS a
        CROSS APPLY (SELECT COALESCE(STRING_AGG(CAST(p.[value] AS nvarchar(max)), CHAR(10)) WITHIN GROUP (ORDER BY CAST(p.[key] AS int)), N'') AS [Body]
            FROM OPENJSON(a.[Paragraphs]) AS p) AS b
        CROSS APPLY (SELECT COALESCE(STRING_AGG(CAST(x.[Text] AS nvarchar(max)), CHAR(10)) WITHIN GROUP (ORDER BY x.[Position], x.[Id]), N'') AS [Quotes]
            FROM [Quotes] AS x WHERE x.[ArticleId] = a.[Id]) AS q
        CROSS APPLY (SELECT COALESCE(STRING_AGG(CAST(s.[Name] AS nvarchar(max)), CHAR(10)) WITHIN GROUP (ORDER BY s.[Id]), N'') AS [Sources]
            FROM [QuotedSources] AS s WHERE s.[Id] IN (SELECT x.[SourceId] FROM [Quotes] AS x WHERE x.[ArticleId] = a.[Id])) AS n
        WHERE a.[Id] IN (SELECT [Id] FROM @ids) AND a.[Status] = N'Published';
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    CREATE TRIGGER [ArticleSearch_ArticleChanged] ON [Articles] AFTER INSERT, UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        DECLARE @ids [ContentSearchIds];
        INSERT INTO @ids SELECT [Id] FROM inserted;
        EXEC [ContentSearchRefresh] @ids;
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    CREATE TRIGGER [ArticleSearch_QuoteChanged] ON [Quotes] AFTER INSERT, UPDATE, DELETE AS
    BEGIN
        SET NOCOUNT ON;
        DECLARE @ids [ContentSearchIds];
        INSERT INTO @ids SELECT [ArticleId] FROM inserted UNION SELECT [ArticleId] FROM deleted;
        EXEC [ContentSearchRefresh] @ids;
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    CREATE TRIGGER [ArticleSearch_SourceRenamed] ON [QuotedSources] AFTER UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        IF NOT UPDATE([Name]) RETURN;
        DECLARE @ids [ContentSearchIds];
        INSERT INTO @ids SELECT DISTINCT q.[ArticleId] FROM [Quotes] AS q JOIN inserted AS i ON i.[Id] = q.[SourceId];
        EXEC [ContentSearchRefresh] @ids;
    END
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    DECLARE @all [ContentSearchIds];
    INSERT INTO @all SELECT [Id] FROM [Articles];
    EXEC [ContentSearchRefresh] @all;
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    CREATE FULLTEXT CATALOG [ContentSearch] WITH ACCENT_SENSITIVITY = OFF;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    CREATE FULLTEXT INDEX ON [ArticleSearchDocuments] (
        [Title] LANGUAGE 1033, [Summary] LANGUAGE 1033, [Body] LANGUAGE 1033, [Quotes] LANGUAGE 1033,
        [Sources] LANGUAGE 1033, [Everything] LANGUAGE 1033)
    KEY INDEX [PK_ArticleSearchDocuments] ON [ContentSearch] WITH CHANGE_TRACKING AUTO;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129113145_ArticleSearch'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129113145_ArticleSearch', N'10.0.15');
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [Topics] ADD [CreatedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [Topics] ADD [CreatedBy] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [Topics] ADD [ModifiedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [Topics] ADD [ModifiedBy] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [QuotedSources] ADD [CreatedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [QuotedSources] ADD [CreatedBy] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [QuotedSources] ADD [ModifiedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [QuotedSources] ADD [ModifiedBy] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [Articles] ADD [CreatedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [Articles] ADD [CreatedBy] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [Articles] ADD [ModifiedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [Articles] ADD [ModifiedBy] nvarchar(200) COLLATE Latin1_General_100_CS_AS_SC NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    ALTER TABLE [Articles] ADD [Version] int NOT NULL DEFAULT 1;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129122658_EditorialWrites'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129122658_EditorialWrites', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129135807_ArticleSortIndexes'
)
BEGIN
    DROP INDEX [IX_Articles_Title] ON [Articles];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129135807_ArticleSortIndexes'
)
BEGIN
    CREATE INDEX [IX_Articles_Status_Section_Id] ON [Articles] ([Status], [Section], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129135807_ArticleSortIndexes'
)
BEGIN
    CREATE INDEX [IX_Articles_Status_Slug_Id] ON [Articles] ([Status], [Slug], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129135807_ArticleSortIndexes'
)
BEGIN
    CREATE INDEX [IX_Articles_Status_Title_Id] ON [Articles] ([Status], [Title], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129135807_ArticleSortIndexes'
)
BEGIN
    CREATE INDEX [IX_Articles_Status_UpdatedAt_Id] ON [Articles] ([Status], [UpdatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129135807_ArticleSortIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129135807_ArticleSortIndexes', N'10.0.15');
END;

COMMIT;
GO

