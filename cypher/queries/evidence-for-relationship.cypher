// The articles that support a relationship between two named entities, with the sentences that
// state it: an edge's `id` is the `relation` of its :Evidence nodes, one per article.
// param from: 刘浩
// param to: 派出所
MATCH (x:Entity)-[r]->(y)
WHERE (x.name = $from OR $from IN x.aliases) AND coalesce(y.name, y.title) CONTAINS $to AND type(r) <> 'MENTIONS'
MATCH (ev:Evidence {relation: r.id})
MATCH (a:Article {id: ev.article})
RETURN x.name AS from, type(r) AS relationship, coalesce(y.name, y.title) AS to, a.title AS article, a.date AS date,
       a.source AS source, coalesce(ev.rules, []) AS rules, coalesce(ev.sentences, []) AS evidence
ORDER BY relationship, to, date, article
