// Full-text search over names, aliases and pinyin (CJK analyzer): Chinese words or single
// characters, pinyin by syllable or run together, initials (`包头`, `包`, `baotou`, `bao tou`, `bts`).
// param q: baotou
CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.name AS name, node.pinyin AS pinyin, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT 20
