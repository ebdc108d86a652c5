// A person's career in order: every post, its unit, whether it is held (`current`), was held
// (`former`) or is held in an acting capacity, since and until when the articles say, and the
// first and last article dates that state it. Posts left come first, then by date.
// param person: 卜连海
MATCH (p:Person) WHERE p.name = $person OR $person IN p.aliases
MATCH (p)-[s:SERVES_IN]->(u:Unit)
RETURN p.name AS person, s.title AS post, u.name AS unit, s.status AS status, s.since AS since, s.until AS until,
       s.firstSeen AS first_seen, s.lastSeen AS last_seen, s.articleCount AS articles
ORDER BY person, CASE s.status WHEN 'former' THEN 0 WHEN 'acting' THEN 1 ELSE 2 END,
         coalesce(s.since, toString(s.firstSeen), ''), unit
