// The most connected units: how many relationships (other than article mentions) each has.
// param limit: 15
MATCH (u:Unit)
WITH u, COUNT { (u)-[r]-() WHERE NOT r:MENTIONS } AS degree
WHERE degree > 0
RETURN u.name AS unit, u.pinyin AS pinyin, degree
ORDER BY degree DESC, unit
LIMIT $limit
