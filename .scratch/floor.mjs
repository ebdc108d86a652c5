import neo4j from 'neo4j-driver'
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kgpassword123'))
const s = d.session()
for (let k = 0; k < 4; k++) {
  let t = performance.now()
  await s.executeWrite((tx) => tx.run('UNWIND range(1, 20000) AS i CREATE (a:X)-[:R]->(b:X)'))
  const a = performance.now() - t
  t = performance.now()
  await s.executeWrite((tx) => tx.run('MATCH (a:X) WITH collect(a) AS xs UNWIND range(0, 19999) AS i WITH xs[i] AS a, xs[i+20000] AS b CREATE (a)-[:R2]->(b)'))
  const b = performance.now() - t
  await s.executeWrite((tx) => tx.run('MATCH (n:X) DETACH DELETE n'))
  console.log('20k CREATE pairs+rel', a.toFixed(0), 'ms; 20k rels between existing', b.toFixed(0), 'ms')
}
await s.close(); await d.close()
