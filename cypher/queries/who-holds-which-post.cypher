// Who holds which post in which unit now (posts stated as left are left out; `acting` is said),
// with the pinyin of the name, the unit's place and the last article date that states it.
MATCH (p:Person)-[s:SERVES_IN]->(u:Unit)
WHERE s.status <> 'former'
OPTIONAL MATCH (u)-[:LOCATED_IN]->(place:Place)
RETURN p.name AS person, p.pinyin AS pinyin, s.title AS post, s.status AS status, u.name AS unit,
       collect(DISTINCT place.name) AS places, s.lastSeen AS last_seen, s.articleCount AS articles
ORDER BY unit, person
