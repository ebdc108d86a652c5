// The network around a campaign, to look at as a graph (Neo4j Browser draws it): who takes part, which measures support it, and where the units taking part are.
// param campaign: 扫黑除恶
MATCH (c:Campaign)
WHERE c.name CONTAINS $campaign OR any(a IN c.aliases WHERE a CONTAINS $campaign)
MATCH (member:Entity)-[link:PARTICIPATES_IN|SUPPORTS]->(c)
OPTIONAL MATCH (member:Unit)-[located:LOCATED_IN]->(place:Place)
RETURN c AS campaign, link, member, located, place
ORDER BY c.name, member.name
LIMIT 300
