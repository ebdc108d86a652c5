// A figure's period as calendar dates, relative words read against the article's date.
import { describe, expect, it } from 'vitest'
import { periodSpan } from '../../src/resolve/period.js'

describe('periodSpan', () => {
  it.each([
    ['今年以来', '2020-08-26', { periodStart: '2020-01-01', periodEnd: '2020-08-26' }],
    ['去年以来', '2019-05-07', { periodStart: '2018-01-01', periodEnd: '2019-05-07' }],
    ['今年', '2020-08-26', { periodStart: '2020-01-01', periodEnd: '2020-12-31' }],
    ['2022年以来', '2023-03-01', { periodStart: '2022-01-01', periodEnd: '2023-03-01' }],
    ['2022年以来', undefined, { periodStart: '2022-01-01' }],
    ['2016年', undefined, { periodStart: '2016-01-01', periodEnd: '2016-12-31' }],
    ['7月以来', '2020-08-26', { periodStart: '2020-07-01', periodEnd: '2020-08-26' }],
    ['截至1至9月份', '2021-10-10', { periodStart: '2021-01-01', periodEnd: '2021-09-30' }],
    ['1至2月', '2024-03-05', { periodStart: '2024-01-01', periodEnd: '2024-02-29' }],
    ['截至8月20日', '2020-08-26', { periodEnd: '2020-08-20' }],
    ['9月14日', '2020-09-20', { periodStart: '2020-09-14', periodEnd: '2020-09-14' }],
    ['近日', '2020-06-01', { periodEnd: '2020-06-01' }],
    ['截至目前', '2020-06-01', { periodEnd: '2020-06-01' }],
    ['今年以来', undefined, {}],
    ['专项行动开展以来', '2020-06-01', { periodEnd: '2020-06-01' }],
    ['三年来', '2020-06-01', {}],
    [null, '2020-06-01', {}],
  ] as const)('%s on %s', (period, date, expected) => {
    expect(periodSpan(period, date)).toEqual(expected)
  })
})
