// Colours: one per node label (Okabe–Ito, readable by most colour-blind readers) and a palette for
// Louvain communities.
import type { NodeLabel } from '../../src/model/graph.js'

// The label colours are the exports' (src/export/palette.ts), so a subgraph looks the same in Gephi.
export { LABEL_COLOURS } from '../../src/export/palette.js'

/** What each label means, for the legend's tooltips. */
export const LABEL_HELP: Record<NodeLabel, string> = {
  Person: 'Person · 人物: named officials, officers, judges, reporters',
  Unit: 'Unit · 单位: bureaus, stations, courts, committees, departments',
  Place: 'Place · 地点: regions, cities, districts, towns, named sites',
  Campaign: 'Campaign · 专项行动: named, time-bounded drives',
  Measure: 'Measure · 机制/制度: named mechanisms, systems, programmes',
  Article: 'Article · 文章: one news article',
  Figure: 'Figure · 数据: a reported number',
}

const COMMUNITY_PALETTE = [
  '#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC',
  '#1F77B4', '#FF7F0E', '#2CA02C', '#D62728', '#9467BD', '#8C564B', '#E377C2', '#7F7F7F', '#BCBD22', '#17BECF',
]

export const communityColour = (community: number): string => COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length] ?? '#999999'

export const DIMMED_NODE = '#E2E2E2'
export const EDGE_COLOUR = '#B4BBC6'
export const EDGE_HIGHLIGHT = '#5A6270'
