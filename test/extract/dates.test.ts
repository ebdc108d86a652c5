// An article's date and where it came from: masthead, dateline, headline block, file name, text.
import { describe, expect, it } from 'vitest'
import { articleDate } from '../../src/extract/dates.js'

describe('articleDate', () => {
  it.each([
    ['the masthead wins', '2021-05-10', '标题\n本报包头5月9日讯 正文。', 'page.txt', { date: '2021-05-10', dateSource: 'masthead' }],
    ['a dateline takes the year from the file name', null, '标题\n本报包头5月9日讯（记者 王祯）正文。', '2021/page3.txt', { date: '2021-05-09', dateSource: 'dateline' }],
    ['a wire dateline too', null, '标题\n新华社北京11月3日电 正文。', 'xinhua-2019.txt', { date: '2019-11-03', dateSource: 'dateline' }],
    ['a date line in the headline block', null, '标题\n发布时间：2020-08-26 10:12\n正文。', 'page.txt', { date: '2020-08-26', dateSource: 'headline' }],
    ['a date in the file name', null, '标题\n正文。', 'news-20200601.txt', { date: '2020-06-01', dateSource: 'file' }],
    ['the latest full date of the text', null, '标题\n2019年5月7日，会议召开。2019年6月1日，行动开始。', 'page.txt', { date: '2019-06-01', dateSource: 'text' }],
    ['no day that does not exist', null, '标题\n2019年2月30日，会议召开。', 'page.txt', null],
    ['nothing without a year', null, '标题\n本报包头5月9日讯 正文。', 'page.txt', null],
  ] as const)('%s', (_, masthead, text, file, expected) => {
    expect(articleDate(masthead, text, file)).toEqual(expected)
  })
})
