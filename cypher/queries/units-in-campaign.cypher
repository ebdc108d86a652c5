// Which units took part in a campaign, where they are, and how many pieces of evidence say so.
// param campaign: 扫黑除恶
MATCH (c:Campaign)
WHERE c.name CONTAINS $campaign OR any(a IN c.aliases WHERE a CONTAINS $campaign)
MATCH (u:Unit)-[p:PARTICIPATES_IN]->(c)
OPTIONAL MATCH (u)-[:LOCATED_IN]->(place:Place)
RETURN c.name AS campaign, u.name AS unit, u.pinyin AS pinyin, collect(DISTINCT place.name) AS places, p.count AS evidence
ORDER BY evidence DESC, unit
