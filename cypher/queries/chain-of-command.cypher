// The chain of command above a unit (a station, a brigade…): every PART_OF step up to the top.
// param unit: 派出所
MATCH (u:Unit) WHERE u.name CONTAINS $unit
MATCH path = (u)-[:PART_OF*1..8]->(top:Unit)
WHERE NOT (top)-[:PART_OF]->(:Unit)
RETURN u.name AS unit, [n IN nodes(path) | n.name] AS chain, length(path) AS levels
ORDER BY levels DESC, unit
