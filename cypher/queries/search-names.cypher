// Full-text search over names and aliases (CJK analyzer): Chinese words or pinyin.
// param q: 派出所
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name, node.pinyin AS pinyin, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT 20
