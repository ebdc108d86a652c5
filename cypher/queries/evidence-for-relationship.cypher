// The articles that support a relationship between two named entities, with the sentence that states it.
// param from: 刘浩
// param to: 派出所
MATCH (x:Entity)-[r]->(y)
WHERE (x.name = $from OR $from IN x.aliases) AND coalesce(y.name, y.title) CONTAINS $to AND type(r) <> 'MENTIONS'
UNWIND r.evidence AS entry
WITH x, r, y, split(entry, '|') AS parts
MATCH (a:Article {id: parts[0]})
WITH x, r, y, a, toInteger(split(parts[1], '-')[0]) - a.offset AS start, toInteger(split(parts[1], '-')[1]) - a.offset AS stop
RETURN x.name AS from, type(r) AS relationship, coalesce(y.name, y.title) AS to, a.title AS article, a.source AS source,
       substring(a.text, start, stop - start) AS evidence
ORDER BY relationship, to, article
