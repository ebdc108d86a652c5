// The shortest chain of stated relationships between two people, through entities only (no
// article, figure or byline on the way), as a path Neo4j Browser draws.
// param from: 卜连海
// param to: 刘建伟
MATCH (a:Person) WHERE a.name = $from
MATCH (b:Person) WHERE b.name = $to
MATCH path = shortestPath((a)-[:SERVES_IN|PART_OF|LOCATED_IN|PARTICIPATES_IN|IMPLEMENTS|PROPOSED|SUPPORTS*..10]-(b))
RETURN [n IN nodes(path) | n.name] AS chain, [r IN relationships(path) | type(r)] AS relationships, length(path) AS hops, path
