// Campaigns and measures that appear in the same articles, and in how many.
MATCH (a:Article)-[:MENTIONS]->(c:Campaign)
MATCH (a)-[:MENTIONS]->(m:Measure)
RETURN c.name AS campaign, m.name AS measure, count(DISTINCT a) AS articles,
       EXISTS { (m)-[:SUPPORTS]->(c) } AS stated_support
ORDER BY articles DESC, campaign, measure
