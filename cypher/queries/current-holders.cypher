// Who holds a post now in the units of a place (at any depth, or in a unit under such a unit):
// posts stated as left (`former`) are left out. Returns the paths, so Neo4j Browser draws each
// holder with their unit and where it is.
// param post: 局长
// param place: 包头市
MATCH (pl:Place) WHERE pl.name = $place OR $place IN pl.aliases
MATCH path = (p:Person)-[s:SERVES_IN]->(u:Unit)-[:PART_OF*0..2]->(:Unit)-[:LOCATED_IN*1..4]->(pl)
WHERE s.title CONTAINS $post AND s.status <> 'former'
WITH p, s, u, min(length(path)) AS hops, collect(path)[0] AS path
RETURN p.name AS person, s.title AS post, u.name AS unit, s.status AS status, s.lastSeen AS last_seen, path
ORDER BY unit, person
