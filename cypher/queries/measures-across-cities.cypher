// Reforms that spread: measures adopted by units in more than one city, with where and when (a
// unit's city is up its LOCATED_IN chain, or its parent unit's; `first` is the earliest article
// date stating the adoption, null when no such article is dated).
MATCH (m:Measure)<-[i:IMPLEMENTS]-(u:Unit)-[:PART_OF*0..3]->(:Unit)-[:LOCATED_IN*1..4]->(city:Place {level: 'city'})
WITH DISTINCT m, i, u, city
WITH m, city, min(i.firstSeen) AS first_dated, collect(DISTINCT u.name) AS units
WITH m, collect({city: city.name, units: units, first: first_dated}) AS adoptions
WHERE size(adoptions) > 1
RETURN m.name AS measure, size(adoptions) AS cities, [x IN adoptions | x.city] AS city_names, adoptions
ORDER BY cities DESC, measure
