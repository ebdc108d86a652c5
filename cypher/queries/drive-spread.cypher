// Where a drive spread and when: for each province and city, the units taking part and the first
// article date that states one of them taking part (null when none of those articles is dated).
// param campaign: 扫黑除恶
MATCH (c:Campaign) WHERE c.name CONTAINS $campaign OR any(a IN c.aliases WHERE a CONTAINS $campaign)
MATCH (u:Unit)-[p:PARTICIPATES_IN]->(c)
MATCH (u)-[:PART_OF*0..3]->(:Unit)-[:LOCATED_IN*1..4]->(city:Place {level: 'city'})-[:LOCATED_IN]->(province:Place {level: 'province'})
RETURN c.name AS campaign, province.name AS province, city.name AS city, min(p.firstSeen) AS first_seen,
       collect(DISTINCT u.name) AS units
ORDER BY campaign, first_seen, province, city
