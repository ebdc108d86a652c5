// What one article contributed: its entities by label, with how often each is mentioned.
// param title: 包头
MATCH (a:Article) WHERE a.title CONTAINS $title
MATCH (a)-[m:MENTIONS]->(n:Entity)
RETURN a.title AS article, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.name AS entity, m.count AS mentions
ORDER BY article, label, mentions DESC, entity
