// The units reporting a metric, with values that compare: normalised from 万/亿 (`value` is a
// float), grouped by what they count (`unit_of_measure`), largest first, with the period as written
// and as dates (`今年以来` in an article of 2020-08-26 is 2020-01-01 to 2020-08-26).
// param metric: 案件
MATCH (u:Unit)-[:REPORTED]->(f:Figure) WHERE f.metric CONTAINS $metric
MATCH (a:Article {id: f.article})
RETURN f.metric AS metric, f.unit AS unit_of_measure, u.name AS unit, f.value AS value, f.approximate AS approximate,
       f.period AS period, f.periodStart AS period_start, f.periodEnd AS period_end, a.date AS date, f.text AS text
ORDER BY unit_of_measure, value DESC, unit
