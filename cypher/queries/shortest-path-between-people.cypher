// The shortest chain of stated relationships between two people (article mentions excluded).
// param from: 刘浩
// param to: 卜连海
MATCH (a:Person) WHERE a.name = $from
MATCH (b:Person) WHERE b.name = $to
MATCH path = shortestPath((a)-[*..10]-(b))
WHERE none(r IN relationships(path) WHERE type(r) IN ['MENTIONS', 'AUTHORED'])
RETURN [n IN nodes(path) | coalesce(n.name, n.title)] AS chain, [r IN relationships(path) | type(r)] AS relationships, length(path) AS hops
