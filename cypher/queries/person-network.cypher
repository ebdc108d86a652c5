// A person's network as a picture: everything within two stated relationships of them (article
// mentions, bylines and figures left out), as paths for Neo4j Browser to draw.
// param person: 卜连海
// param limit: 100
MATCH (p:Person) WHERE p.name = $person OR $person IN p.aliases
MATCH path = (p)-[rels*1..2]-(other:Entity)
WHERE none(r IN rels WHERE type(r) IN ['MENTIONS', 'AUTHORED'])
RETURN path
LIMIT $limit
