-- The SQL the host sends for the benchmarked requests (copied from its EF Core command log, parameters inlined),
-- on the 100,000-article corpus: the 90% cursor is (2019-09-13 02:46:00, id 54282), page 1 holds the ids below.
-- The two "contrast" statements are hand-written for comparison; the host does not send them.
-- page 1
SELECT a.Id, a.PublishedAt, a.Title FROM Articles AS a WHERE a.Status = 'Published' AND a.PublishedAt IS NOT NULL ORDER BY a.PublishedAt DESC, a.Id DESC LIMIT 51
;
-- deep page after the 90% cursor
SELECT a.Id, a.PublishedAt, a.Title FROM Articles AS a WHERE a.Status = 'Published' AND a.PublishedAt IS NOT NULL AND a.PublishedAt <= '2019-09-13 02:46:00' AND (a.PublishedAt < '2019-09-13 02:46:00' OR (a.PublishedAt = '2019-09-13 02:46:00' AND a.Id < 54282)) ORDER BY a.PublishedAt DESC, a.Id DESC LIMIT 51
;
-- deep page hasPreviousPage probe
SELECT EXISTS (SELECT 1 FROM Articles AS a WHERE a.Status = 'Published' AND a.PublishedAt IS NOT NULL AND a.PublishedAt >= '2019-09-13 02:46:00' AND (a.PublishedAt > '2019-09-13 02:46:00' OR (a.PublishedAt = '2019-09-13 02:46:00' AND a.Id > 54282)))
;
-- filtered: title contains 'rail', tagged economy
SELECT a.Id, a.Title, a.PublishedAt FROM Articles AS a WHERE a.Status = 'Published' AND instr(lower(a.Title), 'rail') > 0 AND EXISTS (SELECT 1 FROM ArticleTopics AS a0 INNER JOIN (SELECT a1.Id, a1.Status FROM Articles AS a1 WHERE a1.Status = 'Published') AS a2 ON a0.ArticleId = a2.Id INNER JOIN Topics AS t ON a0.TopicId = t.Id WHERE a2.Status = 'Published' AND a.Id = a0.ArticleId AND t.Slug = 'economy') AND a.PublishedAt IS NOT NULL ORDER BY a.PublishedAt DESC, a.Id DESC LIMIT 21
;
-- nested: topics of 10 articles (as EF sends it)
SELECT a.Id, s.Id, s.Name, s.ArticleId, s.TopicId, s.Id0 FROM Articles AS a LEFT JOIN ( SELECT t.Id, t.Name, a0.ArticleId, a0.TopicId, a2.Id AS Id0 FROM ArticleTopics AS a0 INNER JOIN ( SELECT a1.Id, a1.Status FROM Articles AS a1 WHERE a1.Status = 'Published') AS a2 ON a0.ArticleId = a2.Id INNER JOIN Topics AS t ON a0.TopicId = t.Id WHERE a2.Status = 'Published') AS s ON a.Id = s.ArticleId WHERE a.Status = 'Published' AND a.Id IN (35986,71494,1154,32780,59670,64550,16184,17265,65215,80532) ORDER BY a.Id, s.Name, s.Id, s.ArticleId, s.TopicId
;
-- nested: quotes of 10 articles (as EF sends it)
SELECT a.Id, s.Id, s.SourceId, s.Text, s.Position, s.Id0 FROM Articles AS a LEFT JOIN ( SELECT q.Id, q.SourceId, q.Text, q.Position, a1.Id AS Id0, q.ArticleId FROM Quotes AS q INNER JOIN ( SELECT a0.Id, a0.Status FROM Articles AS a0 WHERE a0.Status = 'Published') AS a1 ON q.ArticleId = a1.Id WHERE a1.Status = 'Published') AS s ON a.Id = s.ArticleId WHERE a.Status = 'Published' AND a.Id IN (35986,71494,1154,32780,59670,64550,16184,17265,65215,80532) ORDER BY a.Id, s.Position, s.Id
;
-- contrast: topics from the join table, no subquery
SELECT a0.ArticleId, t.Id, t.Name FROM ArticleTopics AS a0 INNER JOIN Topics AS t ON a0.TopicId = t.Id WHERE a0.ArticleId IN (35986,71494,1154,32780,59670,64550,16184,17265,65215,80532) ORDER BY a0.ArticleId, t.Name, t.Id
;
-- contrast: quotes joined directly, no filtered-principal subquery
SELECT a.Id, q.Id, q.SourceId, q.Text, q.Position FROM Articles AS a LEFT JOIN Quotes AS q ON a.Id = q.ArticleId WHERE a.Status = 'Published' AND a.Id IN (35986,71494,1154,32780,59670,64550,16184,17265,65215,80532) ORDER BY a.Id, q.Position, q.Id
