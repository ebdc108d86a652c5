// What changed since a moment: the articles ingested (or changed) since then, newest first, with
// how many facts each states and of which kinds. `since` is an ISO date or instant.
// param since: 2000-01-01
MATCH (a:Article) WHERE a.ingestedAt >= datetime($since)
OPTIONAL MATCH (ev:Evidence {article: a.id})
RETURN a.title AS article, a.source AS source, a.date AS date, a.ingestedAt AS ingested_at,
       count(ev) AS facts, [t IN collect(DISTINCT ev.type) WHERE t IS NOT NULL] AS kinds
ORDER BY ingested_at DESC, source, article
