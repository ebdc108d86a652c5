// An article's date, from what states it, most reliable first: the paper's masthead, the lead's
// dateline (`本报包头5月9日讯`, the year from the masthead or the file name), a date line in the
// headline block, the file name, and last the latest full date the text reports (an article is
// not older than the events it reports). ONTOLOGY.md, Time and status.
import type { DateSource } from '../model/index.js'
import { allMatches } from './text.js'

export interface ArticleDate {
  date: string
  dateSource: DateSource
}

/** A dateline's day in figures or in Chinese numerals (11月27日, 十一月二十七日), and the hour that may follow it (9月23日17时讯). */
export const DATELINE_DAY = String.raw`(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:\d{1,2}时(?:\d{1,2}分)?)?`

/** `本报包头5月9日讯`, `新华社北京11月3日电`, `本报讯 5月9日，…` at the start of a paragraph. */
const DATELINE = /^(?:[■●]\s*)?(?:本报|[\u4e00-\u9fff]{2,8}?)[\u4e00-\u9fff]{0,8}?(\d{1,2})月(\d{1,2})日[讯电]/
/** A line of the headline block that is only a date (`2020年8月26日`, `发布时间：2020-08-26 10:12`). */
const DATE_LINE = /^(?:(?:发布|发稿|更新)?(?:时间|日期)[:：]\s*)?(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?(?:\s+(?:星期.|\d{1,2}:\d{2}(?::\d{2})?))?$/
/** A site's address set before a credit line, `www.某某.com ` (one pattern for the line and for its date). */
export const SITE_ADDRESS = String.raw`[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)\s+`

/** A page's credit line that dates the piece (`作者：… 发布时间：2017-11-03 10:09`, `2021-04-07 19:26 来源：…`, after the site's address too, `www.某某.com 2019-03-05 …`). */
const CREDIT_DATE = new RegExp(String.raw`(?:^(?:${SITE_ADDRESS})?|(?:发布|发稿|更新)?(?:时间|日期)[:：]\s*)(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?(?=\s|$)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)(?=[^。，,]*(?:来源|作者|编辑|$))`)
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g
/** A date in a file name: `2021-05-09`, `20210509`, `2021_5_9`. */
const FILE_DATE = /(?<!\d)(20\d{2}|19\d{2})[-_.]?(\d{1,2})[-_.]?(\d{1,2})(?!\d)/
const FILE_YEAR = /(?<!\d)(20\d{2}|19\d{2})(?!\d)/

/** How many of an article's first lines make its headline block (headline, subtitle, byline, dateline). */
const HEAD_LINES = 6

/** `YYYY-MM-DD` when it is a real calendar day. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const day = (y: string | undefined, m: string | undefined, d: string | undefined) => (y && m && d ? isoDay(Number(y), Number(m), Number(d)) : undefined)

/** The date of a file name, or its year alone. */
function fromFileName(name: string): { date?: string; year?: number } {
  const full = FILE_DATE.exec(name)
  const date = full ? day(full[1], full[2], full[3]) : undefined
  if (date) return { date, year: Number(date.slice(0, 4)) }
  const year = FILE_YEAR.exec(name)
  return year ? { year: Number(year[1]) } : {}
}

/** The latest full date in the text, when it has one. */
export function latestDate(text: string): string | undefined {
  let latest: string | undefined
  for (const m of allMatches(text, FULL_DATE)) {
    const d = day(m[1], m[2], m[3])
    if (d && (!latest || d > latest)) latest = d
  }
  return latest
}

/**
 * The article's date and where it came from, or null when nothing gives one. `mastheadDate` is the
 * file's masthead date (ISO); `text` the article's text; `fileName` its source's name.
 */
export function articleDate(mastheadDate: string | null, text: string, fileName: string): ArticleDate | null {
  if (mastheadDate) return { date: mastheadDate, dateSource: 'masthead' }
  const file = fromFileName(fileName)
  const head = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, HEAD_LINES)
  const year = file.year ?? Number(latestDate(text)?.slice(0, 4) ?? NaN)
  for (const line of head) {
    const m = DATELINE.exec(line)
    const date = m && Number.isFinite(year) ? isoDay(year, Number(m[1]), Number(m[2])) : undefined
    if (date) return { date, dateSource: 'dateline' }
  }
  for (const line of head) {
    const m = DATE_LINE.exec(line) ?? CREDIT_DATE.exec(line)
    const date = m ? day(m[1], m[2], m[3]) : undefined
    if (date) return { date, dateSource: 'headline' }
  }
  if (file.date) return { date: file.date, dateSource: 'file' }
  const latest = latestDate(text)
  return latest ? { date: latest, dateSource: 'text' } : null
}
