// The chain of command above a unit (a station, a brigade…): every PART_OF step up to the top, as
// a path Neo4j Browser draws, and as the names along it.
// param unit: 派出所
MATCH (u:Unit) WHERE u.name CONTAINS $unit
MATCH path = (u)-[:PART_OF*1..8]->(top:Unit)
WHERE NOT (top)-[:PART_OF]->(:Unit)
RETURN u.name AS unit, [n IN nodes(path) | n.name] AS chain, length(path) AS levels, path
ORDER BY levels DESC, unit
