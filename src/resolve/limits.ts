// An extraction within the model's length limits (src/model/limits.ts): over-long names are not
// names, so such entities (and what refers to them) and such aliases are left out; an over-long
// headline is cut.
import { MAX_NAME_LENGTH, MAX_TITLE_LENGTH, type ArticleExtraction } from '../model/index.js'

const fits = (name: string): boolean => name.length <= MAX_NAME_LENGTH
const cut = (text: string, max: number): string => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text)

export function withinLimits(x: ArticleExtraction): ArticleExtraction {
  const overLong = x.title.length > MAX_TITLE_LENGTH || x.entities.some((e) => !fits(e.name) || !e.aliases.every(fits) || !e.mentions.every((m) => fits(m.text)))
  if (!overLong) return x
  return {
    ...x,
    title: cut(x.title, MAX_TITLE_LENGTH),
    entities: x.entities.filter((e) => fits(e.name)).map((e) => ({ ...e, aliases: e.aliases.filter(fits), mentions: e.mentions.filter((m) => fits(m.text)) })),
  }
}
