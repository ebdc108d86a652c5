// The people serving in units within a place, with their posts.
// param place: 包头市
MATCH (p:Place) WHERE p.name = $place OR $place IN p.aliases
MATCH (person:Person)-[s:SERVES_IN]->(u:Unit)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..3]->(p)
RETURN DISTINCT person.name AS person, person.pinyin AS pinyin, s.title AS post, u.name AS unit
ORDER BY unit, person
