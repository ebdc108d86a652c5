// One colour per node label, shared by the viewer's legend and every export that carries colours
// (GEXF, GraphML, graphology JSON), so a subgraph looks the same in Gephi as in the viewer.
import type { NodeLabel } from '../model/index.js'

/** Okabe–Ito hues, readable by most colour-blind readers; the viewer uses them too. */
export const LABEL_COLOURS: Readonly<Record<NodeLabel, `#${string}`>> = {
  Person: '#E69F00',
  Unit: '#0072B2',
  Place: '#009E73',
  Campaign: '#CC79A7',
  Measure: '#D55E00',
  Article: '#8C8C8C',
  Figure: '#56B4E9',
}

export function colourOf(label: NodeLabel): `#${string}` {
  return LABEL_COLOURS[label]
}

/** `#rrggbb` as the integer channels GraphML readers (Gephi, graphology-graphml) expect. */
export function rgbOf(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16)
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 }
}
