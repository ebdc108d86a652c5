// Which units took part in a campaign, where they are, in how many articles and since when: each
// row holds the path unit → campaign (and the unit's place), so Neo4j Browser draws the campaign
// with its units around it.
// param campaign: 扫黑除恶
MATCH (c:Campaign)
WHERE c.name CONTAINS $campaign OR any(a IN c.aliases WHERE a CONTAINS $campaign)
MATCH path = (u:Unit)-[p:PARTICIPATES_IN]->(c)
OPTIONAL MATCH located = (u)-[:LOCATED_IN]->(place:Place)
RETURN c.name AS campaign, u.name AS unit, u.pinyin AS pinyin, collect(DISTINCT place.name) AS places,
       p.articleCount AS articles, p.firstSeen AS first_seen, path, collect(located) AS located
ORDER BY articles DESC, unit
