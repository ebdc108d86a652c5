import neo4j from 'neo4j-driver'
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kgpassword123'))
const qs = [
 `UNWIND $rows AS row MATCH (a:Article {id: row.article}) MATCH (n:Entity {id: row.id}) CREATE (a)-[m:MENTIONS]->(n) SET m = row.mention`,
 `UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) MATCH (s)-[r:LOCATED_IN]->(t) SET r = row.properties`,
 `UNWIND $rows AS row MATCH (s:Entity {id: row.source}) MATCH (t:Entity {id: row.target}) CREATE (s)-[r:LOCATED_IN]->(t) SET r = row.properties`,
 `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) ON CREATE SET n:Unit, n += row.properties`,
 `CALL { UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a UNION UNWIND $keys AS k MATCH (a:Article {source: k.source, index: k.index}) RETURN a UNION UNWIND $sources AS s MATCH (a:Article {source: s}) RETURN a } RETURN a.id AS id`,
]
for (const q of qs) {
  const r = await d.executeQuery('EXPLAIN ' + q, { rows: [], ids: [], keys: [], sources: [] })
  const walk = (p, depth = 0) => { console.log(' '.repeat(depth) + p.operatorType + ' ' + (p.arguments.Details ?? '')); for (const c of p.children) walk(c, depth + 1) }
  console.log('---', q.slice(0, 80)); walk(r.summary.plan)
}
await d.close()
