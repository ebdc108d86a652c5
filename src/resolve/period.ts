// The calendar span a figure's period names, read against the article's date when its words are
// relative (今年以来, 去年以来, 7月以来, 截至8月20日, 1至9月份, 近日, 目前): ONTOLOGY.md, Time and status.
import { isoDay } from '../extract/dates.js'

export interface PeriodSpan {
  periodStart?: string
  periodEnd?: string
}

const lastDay = (year: number, month: number): string => isoDay(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate())!

/** Years the relative words count back from the article's year. */
const YEARS_BACK: Record<string, number> = { 今年: 0, 本年: 0, 去年: 1, 上年: 1, 前年: 2 }

/**
 * `periodStart`/`periodEnd` (ISO dates) for the words of a period, each only when they fix it: a
 * period running up to the present (以来, 截至目前, 近日, 目前) ends on the article's date.
 */
export function periodSpan(period: string | null, articleDate: string | undefined): PeriodSpan {
  if (!period) return {}
  const p = period.replace(/\s/g, '')
  const year = articleDate ? Number(articleDate.slice(0, 4)) : undefined
  const untilNow = /以来$|^截至目前$|^目前$|^近日$|^日前$/.test(p) && articleDate ? { periodEnd: articleDate } : {}

  let m = /^(今年|本年|去年|上年|前年)(以来)?$/.exec(p)
  if (m && year !== undefined) {
    const y = year - YEARS_BACK[m[1]!]!
    return { periodStart: isoDay(y, 1, 1)!, ...(m[2] ? untilNow : { periodEnd: isoDay(y, 12, 31)! }) }
  }
  m = /^(\d{4})年(以来)?$/.exec(p)
  if (m) {
    const y = Number(m[1])
    return { periodStart: isoDay(y, 1, 1)!, ...(m[2] ? untilNow : { periodEnd: isoDay(y, 12, 31)! }) }
  }
  m = /^(\d{1,2})月以来$/.exec(p)
  if (m && year !== undefined && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { periodStart: isoDay(year, Number(m[1]), 1)!, ...untilNow }
  m = /^(?:截至)?(\d{1,2})至(\d{1,2})月份?$/.exec(p)
  if (m && year !== undefined && Number(m[1]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) <= Number(m[2])) return { periodStart: isoDay(year, Number(m[1]), 1)!, periodEnd: lastDay(year, Number(m[2])) }
  m = /^(截至)?(\d{1,2})月(\d{1,2})日$/.exec(p)
  const day = m && year !== undefined ? isoDay(year, Number(m[2]), Number(m[3])) : undefined
  if (m && day) return m[1] ? { periodEnd: day } : { periodStart: day, periodEnd: day }
  return untilNow
}
