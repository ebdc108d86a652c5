// The units reporting a metric, with values that compare: normalised from 万/亿 (`value` is a
// float), grouped by what they count (`unit_of_measure`), largest first, with period and date.
// param metric: 案件
MATCH (u:Unit)-[:REPORTED]->(f:Figure) WHERE f.metric CONTAINS $metric
MATCH (a:Article {id: f.article})
RETURN f.metric AS metric, f.unit AS unit_of_measure, u.name AS unit, f.value AS value, f.approximate AS approximate,
       f.period AS period, a.date AS date, f.text AS text
ORDER BY unit_of_measure, value DESC, unit
