import neo4j from 'neo4j-driver'
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kgpassword123'))
const s = d.session()
await s.run('CREATE CONSTRAINT t_id IF NOT EXISTS FOR (n:T) REQUIRE n.id IS UNIQUE')
await s.run('CALL db.awaitIndexes()')
const N = 20000
await s.executeWrite((tx) => tx.run('UNWIND range(0, $n) AS i CREATE (:T {id: "e" + i})', { n: neo4j.int(2 * N) }))
const aid = 'article:' + 'ab12'.repeat(4)
const props = () => ({ evidence: [aid + '|10-50'], provenance: [aid + '|rule:chain|stated'], count: neo4j.int(1), articles: [aid], rules: ['rule:chain'], origin: ['stated'] })
const variants = {
  eager: 'UNWIND $rows AS row MATCH (a:T {id: row.s}) USING INDEX a:T(id) MATCH (b:T {id: row.t}) USING INDEX b:T(id) CREATE (a)-[r:R]->(b) SET r = row.props',
  keys: 'UNWIND $rows AS row MATCH (a:T {id: row.s}) USING INDEX a:T(id) MATCH (b:T {id: row.t}) USING INDEX b:T(id) CREATE (a)-[r:R {evidence: row.props.evidence, provenance: row.props.provenance, count: row.props.count, articles: row.props.articles, rules: row.props.rules, origin: row.props.origin, title: row.props.title}]->(b)',
  noprops: 'UNWIND $rows AS row MATCH (a:T {id: row.s}) USING INDEX a:T(id) MATCH (b:T {id: row.t}) USING INDEX b:T(id) CREATE (a)-[r:R]->(b)',
}
for (let k = 0; k < 3; k++) for (const [name, q] of Object.entries(variants)) {
  const rows = Array.from({ length: N }, (_, i) => ({ s: 'e' + i, t: 'e' + (N + i), props: props() }))
  let t = performance.now()
  await s.executeWrite((tx) => tx.run(q, { rows }))
  const ms = performance.now() - t
  await s.executeWrite((tx) => tx.run('MATCH ()-[r:R]->() DELETE r'))
  console.log(k, name, ms.toFixed(0), 'ms')
}
await s.executeWrite((tx) => tx.run('MATCH (n:T) DETACH DELETE n'))
await s.run('DROP CONSTRAINT t_id')
await s.close(); await d.close()
