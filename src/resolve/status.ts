// Whether a post is held, was held or is held in an acting capacity, and since or until when,
// from the words around the person's name in the evidence of a SERVES_IN (ONTOLOGY.md, Time and
// status). Evidence is often a whole sentence naming several people, so only the person's own
// clause counts: `黄志刚任…；李国栋不再担任…` gives one of them `current`, the other `former`.
import type { ServiceStatus } from '../model/index.js'

/** Words after a name that say the post was left or held before. */
const FORMER_AFTER = /^(?:不再担任|被免去|卸任|此前任|此前担任|曾任|曾担任|历任|先后任|先后担任|原任|时任|已不再)/
/** Words before a name, in its clause, that say the same (`原…局长张三`, `时任…`, `免去张三…`). */
const FORMER_BEFORE = /^(?:原|前任|时任|曾任)|免去$/
/** Words that say the post is held in an acting capacity. */
const ACTING = /^(?:代理|暂时主持|主持)|^代(?!表)/
const CLAUSE_END = /[，,。；;！？!?：:\n]/

export interface ServiceTime {
  status: ServiceStatus
  since?: string
  until?: string
}

/** The clause around the first occurrence of the name: what comes before it, and after it. */
function clauseOf(evidence: string, name: string): { before: string; after: string } {
  const at = evidence.indexOf(name)
  if (at < 0) return { before: '', after: '' }
  let from = at
  while (from > 0 && !CLAUSE_END.test(evidence[from - 1]!)) from--
  let to = at + name.length
  while (to < evidence.length && !CLAUSE_END.test(evidence[to]!)) to++
  return { before: evidence.slice(from, at), after: evidence.slice(at + name.length, to) }
}

/**
 * The status the person's clause gives a post: a departure's rule, a title written `原…`/`前…`, or
 * 不再担任, 曾任, 此前任, 时任 by the name say `former`; `代…`, 代理 or 主持 say `acting`.
 */
export function serviceStatus(rule: string, title: string | undefined, evidence: string, person: string): ServiceStatus {
  const { before, after } = clauseOf(evidence, person)
  if (rule === 'serves-in:left-post' || /^[原前]/.test(title ?? '') || FORMER_AFTER.test(after) || FORMER_BEFORE.test(before)) return 'former'
  if (/^代(?!表)/.test(title ?? '') || ACTING.test(after)) return 'acting'
  return 'current'
}

/** A date the text states (`2021年5月9日`, `5月9日`, `2021年5月`), the year from the article's date when missing. */
export function statedDate(text: string, articleDate: string | undefined): string | undefined {
  const full = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/.exec(text)
  if (full) return [full[1], full[2]!.padStart(2, '0'), ...(full[3] ? [full[3].padStart(2, '0')] : [])].join('-')
  const day = /(\d{1,2})月(\d{1,2})日/.exec(text)
  if (day && articleDate) return `${articleDate.slice(0, 4)}-${day[1]!.padStart(2, '0')}-${day[2]!.padStart(2, '0')}`
  return undefined
}

/** Status, and when the evidence dates an appointment or a departure, since or until. */
export function serviceTime(rule: string, title: string | undefined, evidence: string, person: string, articleDate: string | undefined): ServiceTime {
  const status = serviceStatus(rule, title, evidence, person)
  const when = rule === 'serves-in:appointment' || rule === 'serves-in:left-post' ? statedDate(evidence, articleDate) : undefined
  if (!when) return { status }
  return status === 'former' ? { status, until: when } : { status, since: when }
}
