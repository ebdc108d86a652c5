// How graph properties become the flat attributes of graphology, GEXF and GraphML, and back:
// display fields (label, colour, position) sit beside the properties, a property whose name they
// use is renamed `property.<name>`, and arrays travel as JSON text in the XML formats, whose list
// types lose elements containing separators.
import type { Attributes } from 'graphology-types'
import { EDGE_EVIDENCE_FIELDS, EdgeType, NodeLabel, isDoubleProperty, type EdgeEvidence, type GraphEdge, type GraphNode, type Properties, type PropertyValue } from '../model/index.js'
import { colourOf } from './palette.js'
import type { Position } from './types.js'

/** Attribute names the export itself uses on nodes and edges. */
export const RESERVED_ATTRIBUTES = new Set<string>(['label', 'labels', 'kgLabel', 'kgType', 'color', 'size', 'x', 'y', 'z', 'r', 'g', 'b', 'weight', 'kind', 'start', 'end', ...EDGE_EVIDENCE_FIELDS])
const RENAMED_PREFIX = 'property.'

export const attributeName = (property: string): string => (RESERVED_ATTRIBUTES.has(property) ? `${RENAMED_PREFIX}${property}` : property)
export const propertyName = (attribute: string): string =>
  attribute.startsWith(RENAMED_PREFIX) && RESERVED_ATTRIBUTES.has(attribute.slice(RENAMED_PREFIX.length)) ? attribute.slice(RENAMED_PREFIX.length) : attribute

/** What a person reads on the node: its name, an article's title, else its id. */
export function displayName(node: GraphNode): string {
  const p = node.properties
  for (const key of ['name', 'title'] as const) {
    const v = p[key]
    if (typeof v === 'string' && v.length > 0) return v
  }
  return node.id
}

/** Neo4j labels of a node as the stores keep them: every entity is also an `:Entity`. */
export function neo4jLabels(node: GraphNode): string[] {
  return node.label === 'Article' || node.label === 'Figure' ? [node.label] : [node.label, 'Entity']
}

/** Position from the caller's layout, else from numeric `x`/`y` properties. */
export function positionOf(node: GraphNode, positions: ReadonlyMap<string, Position> | undefined): Position | undefined {
  const known = positions?.get(node.id)
  if (known) return known
  const { x, y } = node.properties
  return typeof x === 'number' && typeof y === 'number' ? { x, y } : undefined
}

export type ArrayEncoding = 'native' | 'json'

function encode(value: PropertyValue, arrays: ArrayEncoding): unknown {
  return Array.isArray(value) && arrays === 'json' ? JSON.stringify(value) : value
}

export function nodeAttributes(node: GraphNode, positions: ReadonlyMap<string, Position> | undefined, arrays: ArrayEncoding): Attributes {
  const a: Attributes = { label: displayName(node), kgLabel: node.label, color: colourOf(node.label) }
  const at = positionOf(node, positions)
  if (at) {
    a.x = at.x
    a.y = at.y
  }
  for (const [k, v] of Object.entries(node.properties)) a[attributeName(k)] = encode(v, arrays)
  return a
}

/** The edge's type and properties, then its evidence when the writer resolved it. */
export function edgeAttributes(edge: GraphEdge, arrays: ArrayEncoding, evidence?: EdgeEvidence): Attributes {
  const a: Attributes = { label: edge.type, kgType: edge.type }
  for (const [k, v] of Object.entries(edge.properties)) a[attributeName(k)] = encode(v, arrays)
  if (evidence) Object.assign(a, evidence)
  return a
}

/** An edge's weight for Gephi and networkx: how many times the articles state it. */
export function weightOf(edge: GraphEdge): number {
  const count = edge.properties.count
  return typeof count === 'number' && count > 0 ? count : 1
}

export type AttributeType = 'boolean' | 'long' | 'double' | 'string'

/** The types of the evidence fields every edge gets, declared whether or not a value is seen. */
export const EVIDENCE_TYPES: Readonly<Record<keyof EdgeEvidence, AttributeType>> = { sentence: 'string', articleTitle: 'string', articleDate: 'string', articleSource: 'string', evidenceCount: 'long' }

/**
 * One type per attribute over a whole selection, for formats that declare types up front (GEXF,
 * GraphML): integers and reals widen to double, anything mixed to string, and the model's real
 * properties (`Figure.value`) are double even when every value seen is whole.
 */
export class AttributeTypes {
  readonly types = new Map<string, AttributeType>()

  /** Fixes types the writer knows in advance. */
  declare(types: Readonly<Record<string, AttributeType>>): void {
    for (const [k, t] of Object.entries(types)) this.types.set(k, t)
  }

  observe(attributes: Attributes, label?: NodeLabel): void {
    for (const [k, v] of Object.entries(attributes)) {
      if (v === undefined) continue
      const t: AttributeType =
        typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) && !(label && isDoubleProperty(label, propertyName(k))) ? 'long' : 'double') : 'string'
      const was = this.types.get(k)
      this.types.set(k, was === undefined || was === t ? t : (was === 'long' && t === 'double') || (was === 'double' && t === 'long') ? 'double' : 'string')
    }
  }
}

/**
 * Property keys whose every value in the subgraph is an array: the XML formats record them so a
 * reader knows which text attributes to parse as JSON. A key that is sometimes scalar stays text.
 */
export class ArrayKeys {
  private readonly arrays = new Set<string>()
  private readonly scalars = new Set<string>()

  observe(properties: Properties): void {
    for (const [k, v] of Object.entries(properties)) (Array.isArray(v) ? this.arrays : this.scalars).add(attributeName(k))
  }

  list(): string[] {
    return [...this.arrays].filter((k) => !this.scalars.has(k)).sort()
  }
}

function decodeValue(value: unknown, isArray: boolean): PropertyValue | undefined {
  if (isArray && typeof value === 'string') {
    const parsed: unknown = JSON.parse(value)
    if (Array.isArray(parsed)) return parsed as PropertyValue
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value)) return value as PropertyValue
  return undefined
}

/** Back from attributes (as a graphology reader returns them) to a node; for tests and notebooks. */
export function nodeFromAttributes(id: string, attributes: Attributes, arrayKeys: ReadonlySet<string>): GraphNode {
  const properties: Properties = {}
  for (const [k, v] of Object.entries(attributes)) {
    if (RESERVED_ATTRIBUTES.has(k)) continue
    const value = decodeValue(v, arrayKeys.has(k))
    if (value !== undefined) properties[propertyName(k)] = value
  }
  return { id, label: NodeLabel.parse(attributes.kgLabel), properties }
}

export function edgeFromAttributes(id: string, source: string, target: string, attributes: Attributes, arrayKeys: ReadonlySet<string>): GraphEdge {
  const properties: Properties = {}
  for (const [k, v] of Object.entries(attributes)) {
    if (RESERVED_ATTRIBUTES.has(k)) continue
    const value = decodeValue(v, arrayKeys.has(k))
    if (value !== undefined) properties[propertyName(k)] = value
  }
  return { id, type: EdgeType.parse(attributes.kgType), source, target, properties }
}

/** The text both XML formats carry in their description: what was selected, and how to read the arrays back. */
export const ARRAY_NOTE = 'Attributes holding JSON arrays:'
export function describeExport(selection: string, truncated: boolean, arrayKeys: readonly string[]): string {
  return [
    'Exported by kg (Chinese police and governance news knowledge graph). kgLabel is the node label, kgType the relationship type;',
    'sentence, articleTitle, articleDate and articleSource hold the first evidence of an edge, evidenceCount how much there is.',
    `Selection: ${selection.replace(/\s+/g, ' ')}. Truncated: ${truncated ? 'yes, at the node cap' : 'no'}.`,
    `${ARRAY_NOTE} ${arrayKeys.join(' ')}`,
  ].join(' ')
}
export function arraysFromDescription(description: unknown): Set<string> {
  const text = typeof description === 'string' ? description : ''
  const at = text.indexOf(ARRAY_NOTE)
  return new Set(at < 0 ? [] : text.slice(at + ARRAY_NOTE.length).trim().split(/\s+/).filter(Boolean))
}
