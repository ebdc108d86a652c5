// Who holds which post in which unit, with the pinyin of the name and the unit's place.
MATCH (p:Person)-[s:SERVES_IN]->(u:Unit)
OPTIONAL MATCH (u)-[:LOCATED_IN]->(place:Place)
RETURN p.name AS person, p.pinyin AS pinyin, s.title AS post, u.name AS unit, collect(DISTINCT place.name) AS places, s.count AS evidence
ORDER BY unit, person
