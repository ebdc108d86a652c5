// Figures: metric, normalised value and unit, change, period and the drive of the figure's own
// clause. The table cases are sentences written for this test; the last test lists every figure
// of the seeds, each checked by hand against the seed text.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract, extractSource } from '../../src/extract/index.js'
import { listInputFiles, readSource } from '../../src/ingest/index.js'
import type { Figure } from '../../src/model/index.js'
import { repoRoot } from '../support/cli.js'

type Expected = Pick<Figure, 'metric' | 'value' | 'unit' | 'change' | 'period'> & { campaign: string | null; approximate?: true }

const shape = (f: Figure): Expected => ({
  metric: f.metric,
  value: f.value,
  unit: f.unit,
  ...(f.approximate ? { approximate: true as const } : {}),
  change: f.change,
  period: f.period,
  campaign: f.campaign?.name ?? null,
})

const figuresOf = (sentence: string) => extract(`标题\n\n${sentence}`).flatMap((x) => x.figures.map(shape))

const fig = (metric: string, value: number, unit: string, more: Partial<Expected> = {}): Expected => ({ metric, value, unit, change: null, period: null, campaign: null, ...more })

const cases: [string, string, Expected[]][] = [
  [
    '万 and 亿 multiply the value; 余 marks it approximate',
    '今年以来,赣州市公安局共抓获犯罪嫌疑人1.5万余名,追缴涉案资金3.2亿元。',
    [fig('抓获犯罪嫌疑人', 15000, '名', { approximate: true, period: '今年以来' }), fig('追缴涉案资金', 320000000, '元', { period: '今年以来' })],
  ],
  [
    'a count before a noun counts that noun, with no 和 left hanging',
    '截至目前,共有12个单位和35名个人受到表彰。',
    [fig('单位', 12, '个', { period: '截至目前' }), fig('个人', 35, '名', { period: '截至目前' })],
  ],
  ['no metric from a position word (以上) or a dangling 中', '目前,300项审批事项中,90%以上的事项实现网上办理。', [fig('审批事项', 300, '项', { period: '目前' })]],
  ['a duration before a noun counts nothing (30天时间, 24小时热线)', '该局以30天时间为限开展集中整治,开通24小时服务热线。', []],
  [
    'a figure after a semicolon does not take the drive named before it, and takes its own period',
    '赣州市公安局深入开展“雷霆”专项行动,破获毒品案件56起,抓获犯罪嫌疑人78名;去年以来,预警劝阻群众3.6万人次,止付资金1.2亿元。',
    [
      fig('破获毒品案件', 56, '起', { campaign: '雷霆专项行动' }),
      fig('抓获犯罪嫌疑人', 78, '名', { campaign: '雷霆专项行动' }),
      fig('预警劝阻群众', 36000, '人次', { period: '去年以来' }),
      fig('止付资金', 120000000, '元', { period: '去年以来' }),
    ],
  ],
  [
    'a clause that names its own drive keeps it',
    '该局开展“净网”专项行动,查处网络违法案件45起,同时开展“护苗”专项行动,清理有害信息1200余条。',
    [fig('查处网络违法案件', 45, '起', { campaign: '净网专项行动' }), fig('清理有害信息', 1200, '条', { approximate: true, campaign: '护苗专项行动' })],
  ],
  ['a drive named only after the figure, in another clause, is not its drive', '民警破获盗窃案件30起,为“平安”专项行动打下基础。', [fig('破获盗窃案件', 30, '起')]],
  ['a bare verb counts the noun of the count before it', '排查矛盾纠纷260起,化解248起。', [fig('排查矛盾纠纷', 260, '起'), fig('化解矛盾纠纷', 248, '起')]],
  [
    'a verb holding its object stays alone; a sum after a bare verb is its amount',
    '立案侦查刑事案件90起,破案85起,及时止付5600万元。',
    [fig('立案侦查刑事案件', 90, '起'), fig('破案', 85, '起'), fig('止付金额', 56000000, '元')],
  ],
  ['a second count in another measure word counts the same thing', '移送起诉案件40起52人。', [fig('移送起诉案件', 40, '起'), fig('移送起诉案件', 52, '人')]],
  ['a month range opens the sentence; the place before the verb is no part of the metric', '1至9月,全县受理群众诉求860件。', [fig('受理群众诉求', 860, '件', { period: '1至9月' })]],
  [
    'a change on its own is a figure in its own unit, with 上半年 for its period',
    '上半年,辖区刑事警情同比下降12.5%。',
    [fig('辖区刑事警情', 12.5, '%', { period: '上半年', change: { basis: '同比', direction: 'down', value: 12.5, unit: '%' } })],
  ],
  ['近三年 is a period', '近三年,该院审结涉企案件3200余件。', [fig('审结涉企案件', 3200, '件', { approximate: true, period: '近三年' })]],
  ['2023年以来 is a period; 共 leads in, the verb after it is part of the metric', '2023年以来,共新建警务室15个。', [fig('新建警务室', 15, '个', { period: '2023年以来' })]],
  [
    'a comparison base (去年同期) is neither metric nor period; a verb repeating the metric before takes it whole',
    '去年同期破获案件20起,今年破获35起。',
    [fig('破获案件', 20, '起'), fig('破获案件', 35, '起', { period: '今年' })],
  ],
  ['a sum counts money, not the purpose after it', '该县投入资金1.5亿元建设天网工程。', [fig('投入资金', 150000000, '元')]],
  ['a verb of reaching follows the metric', '群众满意率达到99.2%。', [fig('群众满意率', 99.2, '%')]],
  ['a place or scope before the count is not what is counted; 分4批次 counts nothing', '全市2万余名民警参加培训,民警分4批次参训。', [fig('民警', 20000, '名', { approximate: true })]],
  [
    'a change after a count is the count’s change; determiners stay out of the metric',
    '共破获各类电诈案件120起,同比上升15.5%。',
    [fig('破获电诈案件', 120, '起', { change: { basis: '同比', direction: 'up', value: 15.5, unit: '%' } })],
  ],
  ['a sum after a lead-in verb is the amount it put in', '该局投入300万元,购置执法记录仪60台。', [fig('投入金额', 3000000, '元'), fig('购置执法记录仪', 60, '台')]],
  [
    'a time word between a verb and its object stays in the metric; 为 inside 行为 is no verb of reaching',
    '截至10月底,该局查处酒后驾驶违法行为1560起,其中醉酒驾驶312起。',
    [fig('查处酒后驾驶违法行为', 1560, '起', { period: '截至10月底' }), fig('醉酒驾驶', 312, '起', { period: '截至10月底' })],
  ],
  [
    'a lead-in glued to its verb stays out; a list joined by 、 is counted together, never across the figure before',
    '本次行动共出动警力1200人次、警车300余辆,检查车辆4500辆次;组织民警、辅警800余人次开展巡逻。',
    [fig('出动警力', 1200, '人次'), fig('警车', 300, '辆', { approximate: true }), fig('检查车辆', 4500, '辆次'), fig('民警、辅警', 800, '人次', { approximate: true })],
  ],
  ['households and copies are counted in their own measure words', '走访群众4800户,发放宣传资料2万余份。', [fig('走访群众', 4800, '户'), fig('发放宣传资料', 20000, '份', { approximate: true })]],
  [
    'a period at the sentence start reaches a part after a semicolon that states none',
    '今年以来,该局破获盗窃案件20起;抓获犯罪嫌疑人31名。',
    [fig('破获盗窃案件', 20, '起', { period: '今年以来' }), fig('抓获犯罪嫌疑人', 31, '名', { period: '今年以来' })],
  ],
  [
    'a part after a semicolon that names its own drive takes it',
    '该局破获盗窃案件20起;深入开展“清风”专项行动,查处违规案件9起。',
    [fig('破获盗窃案件', 20, '起'), fig('查处违规案件', 9, '起', { campaign: '清风专项行动' })],
  ],
]

describe('figures, one sentence each', () => {
  it.each(cases)('%s', (_, sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected)
  })

  it('keeps the written form in the evidence text while the value is normalised', () => {
    const [x] = extract('标题\n\n全年追缴涉案资金3.2亿元。')
    expect(x!.figures.map((f) => [f.text, f.value, f.unit])).toEqual([['追缴涉案资金3.2亿元', 320000000, '元']])
  })
})

describe('the seed figures, checked by hand', () => {
  it('reads exactly these figures from the seeds (file prefix, metric, value, unit)', async () => {
    const { files } = listInputFiles([path.join(repoRoot, 'seeds')])
    const found: [string, string, number, string | null][] = []
    for (const file of files) for (const x of extractSource(await readSource(file))) for (const f of x.figures) found.push([x.source.slice(0, 3), f.metric, f.value, f.unit])
    expect(found).toEqual([
      ['000', '破获毒品案件', 4641, '起'],
      ['000', '抓获涉毒人员', 4980, '人'],
      ['000', '收戒', 2691, '人'],
      ['000', '社区戒毒', 882, '人'],
      ['000', '阶段性总结表彰会', 3, '次'],
      ['000', '集体', 16, '个'],
      ['000', '个人', 87, '名'],
      ['000', '禁毒工作业务培训', 26, '次'],
      ['000', '工作会议', 10, '次'],
      ['000', '执法队伍', 4, '支'],
      ['000', '执法队伍', 1, '支'],
      ['000', '执法职能', 14, '项'],
      ['000', '行政执法权', 30, '项'],
      ['000', '执法领域', 13, '个'],
      ['000', '执法队伍', 17, '支'],
      ['000', '执法领域', 8, '个'],
      ['000', '执法队伍', 8, '支'],
      ['000', '整合率', 52.94, '%'],
      ['000', '刘转人员编制', 30, '名'],
      ['000', '投入金额', 5000000, '元'],
      ['000', '制度', 10, '项'],
      ['001', '线下知识测试', 4, '次'],
      ['001', '问题', 6, '条'],
      ['001', '工单', 256, '件'],
      ['001', '响应率、解决率、满意率', 100, '%'],
      ['001', '谈心谈话', 22, '次'],
      ['001', '建立民辅警电子廉政档案', 327, '人'],
      ['001', '记分管理', 12, '人次'],
      ['001', '交管业务培训', 5, '期'],
      ['001', '体能训练', 1, '期'],
      ['001', '集中学习', 12, '次'],
      ['001', '马拉松爱好者', 30000, '名'],
      ['001', '参赛选手', 30000, '名'],
      ['001', '警力', 425, '名'],
      ['001', '立涉环食药领域刑事案件', 158, '起'],
      ['001', '破案', 137, '起'],
      ['001', '采取强制措施', 143, '人'],
      ['001', '移送起诉', 61, '起'],
      ['001', '移送起诉', 73, '人'],
      ['001', '涉案金额', 582000000, '元'],
      ['002', '会议', 20, '次'],
      ['002', '任务', 20, '项'],
      ['002', '具体措施', 100, '项'],
      ['002', '民警', 4495, '人'],
      ['002', '辅警', 3518, '人'],
      ['002', '民警', 9000, '名'],
      ['002', '满分人数', 5000, '人'],
      ['002', '民警辅警', 20000, '名'],
      ['002', '四级警民恳谈会', 486, '个'],
      ['002', '走访户数', 12508, '户'],
      ['002', '排查矛盾', 118, '起'],
      ['002', '化解矛盾', 73, '起'],
      ['002', '预防个人极端', 6, '件'],
      ['002', '查处治安隐患', 188, '处'],
      ['002', '整改治安隐患', 140, '处'],
      ['002', '公安办事服务事项', 200, '项'],
      ['002', '团购商用住宅', 2000, '套'],
      ['002', '破获刑事案件', 397, '起'],
      ['002', '破案数', 58.2, '%'],
      ['003', '公安民警', 412, '名'],
      ['003', '公安党校', 116, '所'],
      ['003', '破获命案积案', 224, '起'],
      ['003', '疑似目标', 2000000, '个'],
      ['003', '漂白身份逃犯', 350, '名'],
      ['003', '打掉涉黑组织', 68, '个'],
      ['003', '恶势力团伙', 1087, '个'],
      ['003', '抓获犯罪嫌疑人', 11204, '名'],
      ['003', '查扣资产', 29500000000, '元'],
      ['003', '预警劝阻', 8070000, '人次'],
      ['003', '止付金额', 14160000000, '元'],
      ['003', '破获案件', 11444, '起'],
      ['003', '立案', 7229, '起'],
      ['003', '抓获犯罪嫌疑人', 5663, '名'],
      ['003', '挽损', 1740000000, '元'],
      ['003', '服务事项目录', 308, '项'],
      ['003', '事项', 99, '%'],
      ['003', '网办率、掌办率', 82.9, '%'],
      ['003', '全程网办率', 64.8, '%'],
      ['003', '新措施', 28, '条'],
      ['003', '措施', 726, '条'],
      ['003', '事项', 80, '%'],
      ['003', '领导小组', 4, '个'],
      ['003', '党员', 567, '名'],
      ['003', '民警', 11000, '名'],
      ['003', '盟市公安局', 12, '个'],
      ['003', '政工主管配备率', 98, '%'],
      ['004', '小组', 8, '个'],
      ['004', '工作小组', 8, '个'],
      ['004', '社区', 8, '个'],
      ['004', '走访入户了解民情民意', 12000, '户'],
      ['004', '解决群众困难', 325, '件'],
    ])
  })

  it('holds a noun in every seed metric, and no 万 or 亿 in any unit', async () => {
    const { files } = listInputFiles([path.join(repoRoot, 'seeds')])
    for (const file of files)
      for (const x of extractSource(await readSource(file)))
        for (const f of x.figures) {
          expect(f.metric, f.text).not.toMatch(/^[和与及的]|[和与及的]$|^以上$/)
          expect(f.unit ?? '', f.text).not.toMatch(/[万亿余]/)
        }
  })
})
