import neo4j from 'neo4j-driver'
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kgpassword123'))
const s = d.session()
for (let k = 0; k < 3; k++) {
  let t = performance.now()
  await s.executeWrite((tx) => tx.run('UNWIND range(1, 10000) AS i CREATE (:T {id: i})-[:R {a: ["x|1","y|2","z|3"], b: ["p|q|r"], c: 3}]->(:T {id: -i})'))
  console.log('create 10k rels with props', (performance.now() - t).toFixed(0), 'ms')
  const rows = Array.from({ length: 10000 }, (_, i) => ({ a: i, props: { a: ['article:abcdef0123456789|0-50', 'x'], b: ['article:abcdef0123456789|rule:x|text'], c: neo4j.int(1) } }))
  t = performance.now()
  await s.executeWrite((tx) => tx.run('UNWIND $rows AS row CREATE (:T2 {id: row.a})-[r:R]->(:T2) SET r = row.props', { rows }))
  console.log('param rows 10k', (performance.now() - t).toFixed(0), 'ms')
}
await s.executeWrite((tx) => tx.run('MATCH (n:T|T2) DETACH DELETE n'))
await s.close(); await d.close()
