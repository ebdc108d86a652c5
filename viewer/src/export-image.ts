// PNG of the view at twice its size, with its legend: a second, hidden sigma draws the same graph,
// through the same reducers, on a stage twice as wide and high (nodes, edges and labels scaled to
// match), and its stacked canvases (WebGL edges and nodes, 2D labels) are composited on white right
// after a synchronous render (WebGL buffers are only readable until the frame is presented).
import Sigma from 'sigma'
import { EDGE_TYPES, NODE_LABELS } from '../../src/model/graph.js'
import { EDGE_TYPE_COLOURS, LABEL_COLOURS } from './colours.js'
import { labelCounts, typeCounts, type EdgeAttrs, type NodeAttrs, type ViewGraph } from './graph-data.js'
import { CJK_FONT_STACK, type ViewSigma } from './renderer.js'
import type { AppState } from './state.js'

const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'] as const
const SCALE = 2

export async function renderPng(sigma: ViewSigma, graph: ViewGraph, state: AppState): Promise<Blob> {
  const { width, height } = sigma.getDimensions()
  const stage = document.createElement('div')
  stage.style.cssText = `position:fixed;left:${-(width * SCALE + 100)}px;top:0;width:${width * SCALE}px;height:${height * SCALE}px`
  document.body.append(stage)
  const settings = sigma.getSettings()
  const { nodeReducer, edgeReducer } = settings
  const copy = new Sigma<NodeAttrs, EdgeAttrs>(graph, stage, {
    ...settings,
    enableEdgeEvents: false,
    labelSize: settings.labelSize * SCALE,
    labelGridCellSize: settings.labelGridCellSize * SCALE,
    nodeReducer: (id, a) => {
      const d = nodeReducer ? nodeReducer(id, a) : a
      return { ...d, size: (d.size ?? a.size) * SCALE }
    },
    edgeReducer: (id, a) => {
      const d = edgeReducer ? edgeReducer(id, a) : a
      return { ...d, size: (d.size ?? a.size) * SCALE }
    },
  })
  try {
    copy.getCamera().setState(sigma.getCamera().getState())
    copy.refresh()
    const canvases = copy.getCanvases()
    const first = canvases.nodes ?? Object.values(canvases)[0]
    if (!first) throw new Error('nothing is drawn yet')
    const out = document.createElement('canvas')
    out.width = first.width
    out.height = first.height
    const ctx = out.getContext('2d')
    if (!ctx) throw new Error('this browser cannot draw a 2D canvas')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, out.width, out.height)
    for (const layer of LAYERS) {
      const c = canvases[layer]
      if (c) ctx.drawImage(c, 0, 0, out.width, out.height)
    }
    drawLegend(ctx, graph, state, out.width / width)
    return await new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'))
  } finally {
    copy.kill()
    stage.remove()
  }
}

/** The legend in the top-left corner: labels and relationship types in view, with their colours. */
function drawLegend(ctx: CanvasRenderingContext2D, graph: ViewGraph, state: AppState, scale: number): void {
  const labels = labelCounts(graph)
  const types = typeCounts(graph)
  const rows: { colour: string; text: string; line: boolean }[] = [
    ...NODE_LABELS.filter((l) => (labels.get(l) ?? 0) > 0 && !state.hiddenLabels.has(l)).map((l) => ({ colour: LABEL_COLOURS[l], text: `${l} ${labels.get(l)!.toLocaleString('en-GB')}`, line: false })),
    ...EDGE_TYPES.filter((t) => (types.get(t) ?? 0) > 0 && !state.hiddenTypes.has(t)).map((t) => ({ colour: EDGE_TYPE_COLOURS[t], text: `${t} ${types.get(t)!.toLocaleString('en-GB')}`, line: true })),
  ]
  if (state.truncated) rows.push({ colour: '', text: 'a sample of the store', line: false })
  const line = 18 * scale
  const pad = 10 * scale
  ctx.font = `${12 * scale}px ${CJK_FONT_STACK}`
  const w = Math.max(...rows.map((r) => ctx.measureText(r.text).width)) + pad * 3 + 14 * scale
  ctx.fillStyle = 'rgba(255,255,255,0.9)'
  ctx.fillRect(pad, pad, w, rows.length * line + pad)
  rows.forEach((r, i) => {
    const y = pad + pad / 2 + i * line + line / 2
    if (r.colour) {
      ctx.fillStyle = r.colour
      if (r.line) ctx.fillRect(pad * 2, y - 1.5 * scale, 14 * scale, 3 * scale)
      else {
        ctx.beginPath()
        ctx.arc(pad * 2 + 7 * scale, y, 6 * scale, 0, Math.PI * 2)
        ctx.fill()
      }
    }
    ctx.fillStyle = '#1f2430'
    ctx.textBaseline = 'middle'
    ctx.fillText(r.text, pad * 3 + 14 * scale, y)
  })
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
