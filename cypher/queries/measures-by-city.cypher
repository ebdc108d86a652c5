// Which measures each city's units adopted (a unit's city is found up its LOCATED_IN chain).
MATCH (u:Unit)-[:IMPLEMENTS]->(m:Measure)
MATCH (u)-[:LOCATED_IN*1..4]->(city:Place {level: 'city'})
RETURN city.name AS city, u.name AS unit, collect(DISTINCT m.name) AS measures
ORDER BY city, unit
