// Figures reported for a campaign: metric, value, change and period, with the unit that reported them.
// param campaign: 专项行动
MATCH (f:Figure)-[:ABOUT]->(c:Campaign)
WHERE c.name CONTAINS $campaign OR any(a IN c.aliases WHERE a CONTAINS $campaign)
OPTIONAL MATCH (u:Unit)-[:REPORTED]->(f)
RETURN c.name AS campaign, u.name AS unit, f.metric AS metric, f.value AS value, f.unit AS unit_of_measure,
       f.changeBasis AS basis, f.changeDirection AS direction, f.changeValue AS change, f.period AS period, f.text AS text
ORDER BY campaign, unit, metric
