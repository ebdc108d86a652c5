// Full-text search over article titles and texts (CJK analyzer), best first, with date and source.
// param q: 禁毒
CALL db.index.fulltext.queryNodes('article_text', $q) YIELD node, score
RETURN node.title AS article, node.date AS date, node.source AS source, round(score, 3) AS score
ORDER BY score DESC, article
LIMIT 20
