// A post's status and dates from the person's own clause of the evidence (ONTOLOGY.md, Time and status).
import { describe, expect, it } from 'vitest'
import { serviceTime } from '../../src/resolve/status.js'

const APPOINTMENT = '黄志刚任南宁市公安局党委书记，提名为局长人选；李国栋不再担任南宁市公安局党委书记、局长职务，另有任用。'

describe('serviceTime', () => {
  it.each([
    ['serves-in:appointment', '党委书记', APPOINTMENT, '黄志刚', 'current'],
    ['serves-in:left-post', '局长', APPOINTMENT, '李国栋', 'former'],
    ['serves-in:appointment', '局长', '黄志刚此前任柳州市公安局党委书记、局长，曾在自治区公安厅工作多年。', '黄志刚', 'former'],
    ['serves-in:unit-title-name', '局长', '会上，原包头市公安局局长张力讲话。', '张力', 'former'],
    ['serves-in:unit-title-name', '代局长', '包头市公安局代局长张力讲话。', '张力', 'acting'],
    ['serves-in:unit-title-name', '副局长', '副局长王强主持全面工作。', '王强', 'acting'],
    ['serves-in:unit-title-name', '所长', '青山路派出所所长刘浩表示。', '刘浩', 'current'],
    ['serves-in:unit-title-name', '代表', '人大代表刘浩表示。', '刘浩', 'current'],
  ] as const)('%s %s in %s: %s is %s', (rule, title, evidence, person, status) => {
    expect(serviceTime(rule, title, evidence, person, undefined).status).toBe(status)
  })

  it('dates an appointment from the article when the sentence gives a day', () => {
    expect(serviceTime('serves-in:appointment', '局长', '11月18日，黄志刚任南宁市公安局局长。', '黄志刚', '2021-11-19')).toEqual({ status: 'current', since: '2021-11-18' })
    expect(serviceTime('serves-in:left-post', '局长', '2020年3月，李国栋不再担任局长职务。', '李国栋', undefined)).toEqual({ status: 'former', until: '2020-03' })
    expect(serviceTime('serves-in:appointment', '局长', '11月18日，黄志刚任局长。', '黄志刚', undefined)).toEqual({ status: 'current' })
  })
})
