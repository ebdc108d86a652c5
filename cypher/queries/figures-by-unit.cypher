// Every figure a unit reported, newest articles first (figures with no unit are left out).
// param unit: 公安局
MATCH (u:Unit)-[:REPORTED]->(f:Figure)<-[:MENTIONS]-(a:Article)
WHERE u.name CONTAINS $unit
RETURN u.name AS unit, f.metric AS metric, f.value AS value, f.unit AS unit_of_measure, f.changeBasis AS basis,
       f.changeValue AS change, f.period AS period, a.title AS article, a.date AS date
ORDER BY date DESC, unit, metric
