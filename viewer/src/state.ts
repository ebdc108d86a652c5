// What the viewer is showing and why: the load status as a discriminated union, the view state a
// link can carry (focus, filters, colouring, expanded nodes, path, camera), and what the pointer is on.
// Modules change it through `update` and react through `subscribe`.
import type { EdgeType, NodeLabel } from '../../src/model/graph.js'
import type { ColourMode } from './graph-data.js'

export type LoadStatus =
  | { type: 'loading'; what: string }
  | { type: 'ready' }
  | { type: 'empty' }
  | { type: 'error'; message: string; retry?: () => void }

/** Where the camera looks: sigma's camera state without its angle. */
export interface CameraView {
  x: number
  y: number
  ratio: number
}

export interface ViewState {
  /** The selected node, whose details the panel shows. */
  focus: string | null
  hiddenLabels: ReadonlySet<NodeLabel>
  hiddenTypes: ReadonlySet<EdgeType>
  colourMode: ColourMode
  /** Nodes whose neighbourhood was added to the view, in order. */
  expanded: readonly string[]
  /** The two ends of the shortest path shown, when one is. */
  pathEnds: readonly [string, string] | null
  camera: CameraView | null
  /** Only relationships stated in articles of these dates (ISO days, either end open) are shown. */
  dates: DateRange | null
  /** Only what lies within this place (its name or id, as `kg export --within` takes it) is shown. */
  within: string | null
}

export interface DateRange {
  from: string | null
  to: string | null
}

export interface AppState extends ViewState {
  status: LoadStatus
  hovered: string | null
  layoutRunning: boolean
  /** Set when the overview is a sample of a larger graph. */
  truncated: boolean
  totals: { nodes: number; relationships: number; labels: Readonly<Record<string, number>>; types: Readonly<Record<string, number>> } | null
  communities: number
  /** The nodes and relationships of the shortest path shown, emphasised in the view. */
  path: { nodes: readonly string[]; edges: readonly string[] } | null
  /** What the date range hides: relationships stated in no article of the range, and nodes left with none. */
  dateHidden: { edges: ReadonlySet<string>; nodes: ReadonlySet<string> } | null
  /** The nodes within the place of `within`, once the server has said which. */
  withinIds: ReadonlySet<string> | null
}

type Listener = (state: AppState, previous: AppState) => void

export class Store {
  private state: AppState
  private listeners = new Set<Listener>()

  constructor(initial: AppState) {
    this.state = initial
  }

  get(): AppState {
    return this.state
  }

  update(patch: Partial<AppState>): void {
    const previous = this.state
    this.state = { ...previous, ...patch }
    for (const l of this.listeners) l(this.state, previous)
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}

export const initialState = (view: ViewState): AppState => ({
  ...view,
  status: { type: 'loading', what: 'Loading the graph…' },
  hovered: null,
  layoutRunning: false,
  truncated: false,
  totals: null,
  communities: 0,
  path: null,
  dateHidden: null,
  withinIds: null,
})
