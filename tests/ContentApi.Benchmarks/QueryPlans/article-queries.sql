-- The SQL the host (main df4eb59) sends for the benchmarked paging requests, copied from its EF Core command log with the
-- parameters inlined, on the 100,000-article corpus: the 90% cursor is (2019-09-13 02:46:00, id 54282) and
-- page 1 starts with the ten ids below. Statements are separated by a line holding only ';'.
-- page 1
SELECT a.Id, a.PublishedAt, a.Title FROM Articles AS a WHERE a.Status = 'Published' AND a.PublishedAt IS NOT NULL ORDER BY a.PublishedAt DESC, a.Id DESC LIMIT 51
;
-- deep page after the 90% cursor
SELECT a.Id, a.PublishedAt, a.Title FROM Articles AS a WHERE a.Status = 'Published' AND a.PublishedAt IS NOT NULL AND a.PublishedAt <= '2019-09-13 02:46:00' AND (a.PublishedAt < '2019-09-13 02:46:00' OR (a.PublishedAt = '2019-09-13 02:46:00' AND a.Id < 54282)) ORDER BY a.PublishedAt DESC, a.Id DESC LIMIT 51
;
-- deep page: the exact-pageInfo probe for rows before the cursor
SELECT EXISTS (SELECT 1 FROM Articles AS a WHERE a.Status = 'Published' AND a.PublishedAt IS NOT NULL AND a.PublishedAt >= '2019-09-13 02:46:00' AND (a.PublishedAt > '2019-09-13 02:46:00' OR (a.PublishedAt = '2019-09-13 02:46:00' AND (a.Id > 54282 OR a.Id = 54282))))
;
-- filtered: title contains 'rail', tagged economy
SELECT a.Id, a.Title, a.PublishedAt FROM Articles AS a WHERE a.Status = 'Published' AND instr(lower(a.Title), 'rail') > 0 AND EXISTS (SELECT 1 FROM ArticleTopics AS a0 INNER JOIN (SELECT a1.Id, a1.Status FROM Articles AS a1 WHERE a1.Status = 'Published') AS a2 ON a0.ArticleId = a2.Id INNER JOIN Topics AS t ON a0.TopicId = t.Id WHERE a2.Status = 'Published' AND a.Id = a0.ArticleId AND t.Slug = 'economy') AND a.PublishedAt IS NOT NULL ORDER BY a.PublishedAt DESC, a.Id DESC LIMIT 21
;
-- nested: topics of the 10 articles
SELECT a.ArticleId, t.Id, t.Name FROM ArticleTopics AS a INNER JOIN (SELECT a0.Id, a0.Status FROM Articles AS a0 WHERE a0.Status = 'Published') AS a1 ON a.ArticleId = a1.Id INNER JOIN Topics AS t ON a.TopicId = t.Id WHERE a1.Status = 'Published' AND a.ArticleId IN (35986,71494,1154,32780,59670,64550,16184,17265,65215,80532) ORDER BY t.Name, t.Id
;
-- nested: quotes of the 10 articles
SELECT q.ArticleId, q.Id, q.SourceId, q.Text, q.Position FROM Quotes AS q INNER JOIN (SELECT a.Id, a.Status FROM Articles AS a WHERE a.Status = 'Published') AS a0 ON q.ArticleId = a0.Id WHERE a0.Status = 'Published' AND q.ArticleId IN (35986,71494,1154,32780,59670,64550,16184,17265,65215,80532) ORDER BY q.Position, q.Id
