// The default layout: a sunflower spiral in breadth-first order (neighbours together), then as many
// ForceAtlas2 iterations as the budget allows, none for large graphs, where they cost minutes.
import { describe, expect, it } from 'vitest'
import { breadthFirstOrder, quickIterations, spiralPoint } from '../../src/export/layout.js'

describe('quick layout', () => {
  it('orders nodes breadth-first from the most connected, component by component', () => {
    const ids = ['a', 'b', 'c', 'd', 'x', 'y']
    const edges: [string, string][] = [['a', 'b'], ['c', 'b'], ['b', 'd'], ['x', 'y'], ['a', 'b']]
    const at = (id: string) => ids.indexOf(id)
    const structure = { ids, sources: Int32Array.from(edges, ([s]) => at(s)), targets: Int32Array.from(edges, ([, t]) => at(t)) }
    expect(breadthFirstOrder(structure)).toEqual(['b', 'a', 'c', 'd', 'x', 'y'])
  })

  it('puts no two nodes on one spot', () => {
    const points = Array.from({ length: 5000 }, (_, i) => spiralPoint(i))
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(5000)
  })

  it('spends a bounded number of ForceAtlas2 iterations, none at the 60k-node scale', () => {
    expect(quickIterations(50, 80)).toBe(100)
    expect(quickIterations(8_700, 12_000)).toBe(24)
    expect(quickIterations(60_564, 120_000)).toBe(0)
  })
})
