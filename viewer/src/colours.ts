// Colours: one per node label (Okabe–Ito, readable by most colour-blind readers) and a palette for
// Louvain communities.
import type { EdgeType, NodeLabel } from '../../src/model/graph.js'

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
export const DIMMED_EDGE = '#EEF0F3'
export const EDGE_HIGHLIGHT = '#1F2430'

/**
 * One muted colour per relationship type: edges must read as a kind of link without drowning the
 * node colours, so these are lighter tints, with the commonest structural types the quietest.
 */
export const EDGE_TYPE_COLOURS: Record<EdgeType, string> = {
  SERVES_IN: '#E8B862',
  PART_OF: '#8FB3D9',
  LOCATED_IN: '#8CCBB4',
  PARTICIPATES_IN: '#DDA3C8',
  IMPLEMENTS: '#E9A07A',
  PROPOSED: '#C6A0E0',
  SUPPORTS: '#B8C26A',
  AUTHORED: '#BFBFBF',
  REPORTED: '#9CCFEA',
  ABOUT: '#9CCFEA',
  MENTIONS: '#D0D0D0',
}

/** What each relationship type means, for the legend's tooltips. */
export const TYPE_HELP: Record<EdgeType, string> = {
  SERVES_IN: 'a person holds a post in a unit',
  PART_OF: 'a unit belongs to a larger one',
  LOCATED_IN: 'a unit or place lies in a place',
  PARTICIPATES_IN: 'a unit or person takes part in a campaign',
  IMPLEMENTS: 'a unit carries out a measure',
  PROPOSED: 'a unit or person proposed a measure or campaign',
  SUPPORTS: 'a measure serves a campaign',
  AUTHORED: 'a reporter wrote an article',
  REPORTED: 'a unit reported a figure',
  ABOUT: 'a figure concerns a campaign or measure',
  MENTIONS: 'an article names an entity',
}
