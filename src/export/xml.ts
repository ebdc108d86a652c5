// XML text for the GraphML writer and the strings handed to the GEXF library: escaping that keeps
// newlines, carriage returns and tabs exact (attribute normalisation would turn them into spaces),
// and the few characters XML 1.0 cannot hold at all replaced by U+FFFD.

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD')
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' }
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#xA;', '\t': '&#x9;' }

export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c)
}

export function xmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>\r"\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c)
}
