// The check every set of annotated excerpts passes before it is scored (docs/real-sets.md).
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain script, with no types of its own
import { checkAnswer } from '../../scripts/validate-answers.mjs'

const HELDOUT = path.join(import.meta.dirname, 'heldout')

describe('validate-answers', () => {
  it('finds no problem in the held-out fixtures’ answers', () => {
    for (const file of fs.readdirSync(HELDOUT).filter((f) => f.endsWith('.txt'))) {
      const { problems } = checkAnswer(file, fs.readFileSync(path.join(HELDOUT, file), 'utf8'), fs.readFileSync(path.join(HELDOUT, `${file}.gold.json`), 'utf8'))
      expect({ file, problems }).toEqual({ file, problems: [] })
    }
  })

  it('names each problem of a broken answer, and a form the text never writes as a note', () => {
    const answer = {
      source: 'other.txt',
      articles: [{ title: '标题', date: null }],
      entities: [
        { type: 'Person', name: '王立新', aliases: [] },
        { type: 'Unit', name: '某县公安局', aliases: ['王立新'] },
        { type: 'Agency', name: '某县法院', aliases: [] },
      ],
      relations: [
        { type: 'SERVES_IN', from: '某县公安局', to: '王立新' },
        { type: 'AUTHORED', from: '王立新', to: '另一个标题' },
        { type: 'KNOWS', from: '王立新', to: '某县公安局' },
      ],
    }
    const { problems, notes } = checkAnswer('a.txt', '标题\n\n本报记者 王立新\n\n某县公安局开展夜巡。', JSON.stringify(answer))
    expect(problems).toEqual([
      'source is other.txt, not a.txt',
      '王立新 names two entities',
      'entity 某县法院: type Agency is none of Person, Unit, Place, Campaign, Measure',
      'SERVES_IN from 某县公安局: no Person of that name',
      // (The name given twice is read as the entity that gave it last, the unit.)
      'AUTHORED from 王立新: no Person of that name',
      'AUTHORED to 另一个标题: no article of that title',
      'relationship type KNOWS is unknown',
    ])
    expect(notes).toEqual(['no form of Agency 某县法院 is written whole in the text'])
  })

  it('says when an answer is no JSON', () => {
    expect(checkAnswer('a.txt', '标题', '{').problems).toEqual([expect.stringMatching(/^the answer is no JSON: /)])
  })
})
