// Reporters, correspondents and photographers, with their articles and roles.
MATCH (p:Person)-[r:AUTHORED]->(a:Article)
RETURN p.name AS person, p.pinyin AS pinyin, r.role AS role, count(a) AS articles, collect(a.title)[0..5] AS titles
ORDER BY articles DESC, person
