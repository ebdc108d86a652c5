import neo4j from 'neo4j-driver'
const d = neo4j.driver('bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'kgpassword123'))
const qs = process.argv.slice(2)
for (const q of qs) {
  const r = await d.executeQuery('EXPLAIN ' + q, { rows: [], ids: [], keys: [], sources: [] })
  const walk = (p, depth = 0) => { console.log(' '.repeat(depth) + p.operatorType + ' ' + (p.arguments.Details ?? '')); for (const c of p.children) walk(c, depth + 1) }
  console.log('---', q.slice(0, 80)); walk(r.summary.plan)
}
await d.close()
