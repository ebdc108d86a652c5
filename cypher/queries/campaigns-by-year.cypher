// Campaigns by the year of the articles that mention them (articles without a date count as "undated").
MATCH (a:Article)-[:MENTIONS]->(c:Campaign)
WITH coalesce(toString(a.date.year), 'undated') AS year, c, count(DISTINCT a) AS articles
RETURN year, c.name AS campaign, articles
ORDER BY year, articles DESC, campaign
