import neo4j from 'neo4j-driver'
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kgpassword123'))
const s = d.session()
await s.run('CREATE INDEX t_id IF NOT EXISTS FOR (n:T) ON (n.id)')
await s.run('CALL db.awaitIndexes()')
const N = 10000
await s.executeWrite((tx) => tx.run('UNWIND range(0, $n) AS i CREATE (:T {id: i})', { n: neo4j.int(2 * N) }))
const aid = 'article:' + 'ab12'.repeat(16)
const variants = {
  none: () => ({}),
  int: () => ({ count: neo4j.int(1) }),
  arrays: () => ({ evidence: [aid + '|10-50'], provenance: [aid + '|rule:chain|stated'], count: neo4j.int(1), articles: [aid], rules: ['rule:chain'], origin: ['stated'] }),
  shortArrays: () => ({ evidence: ['ab12ab12ab12|10-50'], provenance: ['ab12ab12ab12|rule:chain|stated'], count: neo4j.int(1), articles: ['ab12ab12ab12'], rules: ['rule:chain'], origin: ['stated'] }),
  json: () => ({ entries: JSON.stringify([[aid, '10-50', 'rule:chain', 'stated']]), count: neo4j.int(1), rules: ['rule:chain'] }),
}
for (let k = 0; k < 3; k++) for (const [name, props] of Object.entries(variants)) {
  const rows = Array.from({ length: N }, (_, i) => ({ s: neo4j.int(i), t: neo4j.int(N + i), props: props() }))
  let t = performance.now()
  await s.executeWrite((tx) => tx.run('UNWIND $rows AS row MATCH (a:T {id: row.s}) MATCH (b:T {id: row.t}) CREATE (a)-[r:R]->(b) SET r = row.props', { rows }))
  const ms = performance.now() - t
  await s.executeWrite((tx) => tx.run('MATCH ()-[r:R]->() DELETE r'))
  console.log(k, name, ms.toFixed(0), 'ms')
}
await s.executeWrite((tx) => tx.run('MATCH (n:T) DETACH DELETE n'))
await s.close(); await d.close()
