// PNG of the current view: sigma draws on stacked canvases (WebGL edges and nodes, 2D labels), so
// the image is their composite on a white background, drawn right after a synchronous render
// (WebGL buffers are only readable until the frame is presented).
import type { ViewSigma } from './renderer.js'

const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'] as const

export function renderPng(sigma: ViewSigma): Promise<Blob> {
  sigma.refresh()
  const canvases = sigma.getCanvases()
  const first = canvases.nodes ?? Object.values(canvases)[0]
  if (!first) return Promise.reject(new Error('nothing is drawn yet'))
  const out = document.createElement('canvas')
  out.width = first.width
  out.height = first.height
  const ctx = out.getContext('2d')
  if (!ctx) return Promise.reject(new Error('this browser cannot draw a 2D canvas'))
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  for (const layer of LAYERS) {
    const c = canvases[layer]
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height)
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'))
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
