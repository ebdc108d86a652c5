// Places that no unit is located in: sites and regions that are only mentioned.
MATCH (p:Place)
WHERE NOT EXISTS { (:Unit)-[:LOCATED_IN]->(p) }
RETURN p.name AS place, p.level AS level, p.code AS code, COUNT { (:Article)-[:MENTIONS]->(p) } AS articles
ORDER BY articles DESC, place
