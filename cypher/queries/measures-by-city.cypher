// Which measures each city's units adopted (a unit's city is found up its LOCATED_IN chain, or its
// parent unit's: a station inside a city bureau may name no place).
MATCH (u:Unit)-[:IMPLEMENTS]->(m:Measure)
MATCH (u)-[:PART_OF*0..3]->(:Unit)-[:LOCATED_IN*1..4]->(city:Place {level: 'city'})
RETURN city.name AS city, u.name AS unit, collect(DISTINCT m.name) AS measures
ORDER BY city, unit
