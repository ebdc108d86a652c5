// Every unit within a place, at any depth of the administrative hierarchy, with its parent unit.
// param place: 包头市
MATCH (p:Place) WHERE p.name = $place OR $place IN p.aliases
MATCH (u:Unit)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN*0..3]->(p)
OPTIONAL MATCH (u)-[:PART_OF]->(parent:Unit)
RETURN DISTINCT u.name AS unit, parent.name AS part_of, u.pinyin AS pinyin
ORDER BY unit
