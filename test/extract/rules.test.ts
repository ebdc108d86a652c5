// The rule registry: every rule extraction applies has a typed id and a one-line description, and
// each one is seen at work in the seeds, the fixtures or the sentences below.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.js'
import { describeRule, Rule, RULES } from '../../src/model/index.js'

const root = path.resolve(import.meta.dirname, '../..')
const FIXTURES = path.join(root, 'test/extract/fixtures')

/** Rules no fixture exercises, each with a sentence written for it. */
const EXAMPLES: [string, string][] = [
  ['place:expressway', '民警驶入沪昆高速开展巡逻。'],
  ['place:railway-line', '乘警支队守护晋琼高铁旅客出行。'],
  ['byline:撰稿人', '北岭调解见闻\n特约撰稿人 柯文海\n宁江县司法局开展调解。'],
  ['place:town-after-county', '家住宁波市江北区青禾街道的柯志新当上了调解员。'],
  ['person:motion-mover', '柯立文代表提出的《关于加强调解工作的建议》收悉。'],
  ['unit:person-studio', '宁江县司法局在城关镇设立柯立文调解工作室，化解邻里纠纷。'],
  ['unit:mediation-room', '北岭镇司法所设立石榴籽调解室，化解邻里纠纷。'],
  ['campaign:in-document-title', '宁江县司法局下发《关于开展“春晖”行动推进纠纷源头化解的工作方案》。'],
  ['place:railway-station', '春运首日，北岭市公安局民警在西宁火车站执勤。'],
  ['serves-in:editor-medium', '民警开展整治，防止道路交通亡人事故。(津云新闻编辑柯立)'],
  ['person:meeting-role', '标题\n\n宁江县召开会议。柯建国主持会议。'],
  ['part-of:district-sub-bureau', '天津市公安局召开会议。北辰分局民警参加。'],
  ['person:copula-post', '“谢谢你。”柯立文是城关派出所社区巡防队副队长。'],
  ['serves-in:copula-post', '“谢谢你。”柯立文是城关派出所社区巡防队副队长。'],
  ['person:cued', '图为柯立文(中)在司法所调解。民警苏明的妻子马丽参加。'],
  ['unit:democratic-party', '标题\n\n民盟宁江市委会副主委柯运涛出席。'],
  ['unit:service-number', '标题\n\n民警接到110指挥中心指令。'],
  ['unit:site-name', '标题\n\n检察机关依托中国检察听证网直播听证。'],
  ['person:gang-leader', '标题\n\n警方打掉了以柯志远为首的黑社会性质组织。'],
  ['person:case-name', '标题\n\n检察院依法办理了柯志远故意杀人案。'],
  ['person:bracketed-post', '标题\n\n讲述人柯明远（柳溪县公安局城关派出所民警）说起往事。'],
  ['serves-in:bracketed-post', '标题\n\n讲述人柯明远（柳溪县公安局城关派出所民警）说起往事。'],
  ['person:transliterated', '他们为牧民阿曼古丽·赛依提阿洪测量血压。'],
  ['serves-in:colleague-posts', '永登县人民法院党组书记、院长柯立文，党组成员、副院长苏明陪同。'],
  ['participates-in:person-verb', '副市长柯立文全副武装，带头参加夏夜巡查专项行动。'],
  ['campaign:list-kind', '全县开展“平安校园”、护苗等活动。'],
  ['campaign:counted-list', '全市公安机关开展打黑除恶、“破命案、抓逃犯”和“三角地带”综合整治三项行动。'],
  ['measure:counted-list', '他打开电脑上的2个系统：执行指挥管理平台、案款管理系统。'],
  ['measure:system-list', '县公安局落地领导包案制、集体会商制、交账销号制。'],
  ['place:listed', '县长一行先后来到柯村、苏寺等地调研。'],
  ['measure:listed', '该局建立警用物资调剂机制、战时民警子女看护工作站。'],
  ['campaign:quoted-results', '全市公安机关保持高压态势，“净网2024”战果显著。'],
  ['serves-in:group-leader', '标题\n\n宁江县公安局成立由局长柯立文任组长的打击电信诈骗专项行动领导小组。'],
  ['measure:named-after-kind', '标题\n\n居民们用上了基层治理平台“邻里通”。'],
  ['measure:described-by-quote', '该局形成了“专人专岗、实时对接”的常态化联络机制。'],
  ['participates-in:deployed-by', '按照江西省公安厅和赣州市公安局关于打击整治枪爆违法犯罪专项行动的部署要求，青河县公安局开展清查。'],
  ['participates-in:partner', '连云港市公安局联合连云港市市场监督管理局的“护农”专项行动取得成效。'],
  ['serves-in:head-of-government', '县政府召开会议。县长赵刚主持。商水县获评平安县。'],
  ['place:region', '民警沿澜沧江巡逻，守护边境安宁。'],
  ['place:dictionary-feature', '列车驶过唐古拉山，民警巡查车厢。'],
  ['place:feature-by-its-side', '在碧波荡漾的青禾河畔，民警巡逻。'],
  ['person:after-unit', '▲市公安局贵池分局董健峰用镜头记录民警工作。'],
  ['serves-in:unit-name', '▲市公安局贵池分局董健峰用镜头记录民警工作。'],
  ['unit:listed-enterprise', '开发区有捷普、西门子、蓝月亮等企业。'],
  ['participates-in:paragraph-subject', '黎川县公安局开展巡逻。\n\n黎川县人民检察院召开会议，部署巡查工作。当前正值“冬季行动”期间，民警们都在城关派出所值守。'],
  ['participates-in:article-unit', '宁江县公安局召开会议。宁江县公安局部署工作。宁江县公安局表示。\n\n巡特警大队大队长柯立文说，当前正值“冬季行动”期间，他们加强巡逻。'],
  ['serves-in:article-unit', '宁江县人民检察院召开发布会。宁江县人民检察院通报案件。宁江县人民检察院表示。\n\n党组成员、政治部主任叶红主持。'],
  ['serves-in:byline-unit', '宁江县司法局开展社区矫正走访\n\n宁江县司法局城北司法所走访矫正对象。（宁江县司法局城北司法所 韩东）'],
  ['person:before-post', '林宏升局长指出，要严查枪支。'],
  ['byline:编辑', '城东派出所开展巡逻\n\n城东派出所开展巡逻。\n\n责任编辑：周一鸣'],
  ['byline:制图', '城东派出所开展巡逻\n\n城东派出所开展巡逻。\n\n文/周一鸣 制图/柯文涛'],
  ['place:road', '消防站位于四流北路。'],
  ['part-of:committee-of-post', '宁江县人民检察院召开发布会。宁江县人民检察院通报案件。宁江县人民检察院表示。\n\n党组成员、政治部主任叶红主持。'],
  ['unit:numbered-department', '安平县人民检察院召开发布会。第二检察部主任李明出席。'],
  ['unit:corps-division', '此后北岭农场、105团归新疆生产建设兵团第六师管辖。'],
  ['measure:numbered-rule', '全县严格落实中央八项规定精神。'],
  ['measure:counted-system', '宁江县构建四级矛盾纠纷调处化解体系。'],
  ['measure:service-line', '群众可拨打12345政务服务便民热线反映问题。'],
  ['part-of:media-brand', '华夏日报·青松客户端1月22日讯(记者 柯立文)宁江县公安局开展巡逻。'],
  ['participates-in:joining-it', '石家庄市公安局开展“亮剑”专项行动。市局治安支队、刑警支队等25个警种部门参与其中。'],
  ['campaign:title-creation', '县公安局以创建禁毒工作示范城市为抓手，主动作为。'],
  ['campaign:joint-provinces', '当天启动了湘鄂赣三省联合巡护行动。'],
  ['campaign:inspection-round', '十一届省委第八轮巡视16个巡视组全部进驻。'],
  ['participates-in:inspecting-committee', '柳河县委召开会议。七届柳河县委第一轮巡察全部进驻。'],
  ['unit:housed-centre', '中心进驻信访服务中心、法律援助中心、心理服务中心。'],
  ['unit:bulletin', '柳河县应急管理信息 2025年第25期\n柳河县召开防汛工作会议。'],
  ['participates-in:colon-clauses', '全县公安机关掀起“春雷行动”高潮：柳河县公安局城关派出所破获盗窃案12起；柳河县交警大队查处酒驾30起。'],
  ['participates-in:drive-referred', '柳河县公安局部署开展“春雷”专项行动。行动中，城关派出所破获盗窃案12起；柳河县交警大队查处酒驾30起。'],
  ['participates-in:reporting-body', '宁江县召开禁毒委员会会议，部署“净边”专项行动。会上，县法院、县检察院、县公安局作交流发言。'],
  ['campaign:quoted-goal', '全市法院全力打赢“基本清零积案”这场硬仗。'],
  ['campaign:quoted-creation', '宁江县公安局以创建“无诈社区”为载体，加大反诈宣传。'],
  ['campaign:quoted-sweep-list', '柳河县公安局以“千警清查”大整治、“联勤快反”大巡防、“十问十知”大摸排等举措推进行动。'],
  ['campaign:quoted-sweep', '宁江县公安局开展“大排查”，消除隐患。'],
  ['campaign:quoted-year', '全省公安机关深入推进“净网2024”,取得明显成效。'],
  ['campaign:peace-building', '柳河县政法委持续深化平安柳河建设。'],
  ['campaign:legal-education-plan', '宁江县司法局获评全国“八五”普法中期表现突出单位。'],
  ['unit:quoted-team', '由“蓝马甲”党员服务队、“驼铃宣讲队”组成。'],
  ['name:declared-short', '宁江县人民检察院建立“检警联动”协作机制（以下简称“联动机制”）。联动机制运行良好。'],
  ['campaign:model-body-creation', '桐庐县人民法院以枫桥式人民法庭创建为抓手。'],
  ['measure:quoted-list-manner', '桐庐县政府推出“一网通办”、“最多跑一次”等举措。'],
  ['campaign:listed-kind', '全县公安机关实施了境外清源、禁种禁吸等专项行动。'],
  ['measure:listed-kind', '全县公安机关组织开展了预防教育、救治关怀等工程。'],
  ['measure:quoted-allocation', '该所落实“一案双查”的要求。'],
  ['measure:quoted-layout', '县级综治中心实现“一厅五室”标配。'],
  ['person:profile', '宁江县人民法院人民法庭庭长简介\n\n鲍长林，1964年1月生，宁江县人。'],
  ['serves-in:profile', '人民法庭庭长简介\n\n鲍长林，1964年1月生，盐池县人民法院惠安堡人民法庭庭长；'],
  ['serves-in:article-role', '宁江县人民法院推进执行工作。法官鲍长林介绍，当天的案件当天出具裁定。'],
  ['serves-in:role-body', '在宁江县公安局展示馆内，民警鲍长林指着展品说道。'],
  ['implements:later-subject-verb', '柳河县公安局开展走访。坚持新时代“枫桥经验”，柳河县人民法院努力实现调解不缺位。'],
  ['unit:working-group', '宁江县公安局反诈中心下设接警止付组、网络侦查组等7个职能组。'],
  ['campaign:quoted-list-work', '宁江县公安局打出“缉枪治爆”“纠违保畅”等组合拳。'],
  ['serves-in:listed-after-role', '在宁江县公安局展示馆内，民警鲍长林、李德明指着展品说道。'],
  ['part-of:article-bureau', '三门县公安局推行驻村警务。健跳派出所与健跳镇政府联合走访群众。'],
  ['part-of:media-group', '福建法治报记者柯立文报道。福建日报报业集团主管。'],
  ['unit:elided-kind', '宁江县公安局治安、交警大队联合开展检查。'],
  ['campaign:drive-compound', '宁江县公安局深入推进扫黑除恶，打掉犯罪团伙3个。'],
  ['serves-in:worked-in', '宁江县公安局局长柯立文，曾长期在北岭市交通局、市审计局工作。'],
  ['serves-in:career', '王建新曾任曲靖市公安局副局长、麒麟分局局长，云南省公安厅副厅长等职务。'],
  ['unit:quoted-account', '村民打开“柳河人社”微信公众号查询补贴。'],
  ['campaign:quoted-launched', '柳河县司法局开展“访调对接”工作。'],
  ['serves-in:report', '大会听取报告。孙萌作吉林省人民检察院工作报告。'],
  ['serves-in:article-paper', '宁江县开展巡逻\n\n本报记者 闫党恩\n\n宁江县公安局开展巡逻。《宁江日报》记者跟随采访。'],
  ['part-of:subordinate', '宁江边境管理支队下辖的河口、金平2个边境管理大队都位于边境县。'],
  ['participates-in:group-member', '云南省扫黑除恶专项斗争领导小组办公室主任隋安介绍情况。'],
  ['serves-in:anaphor-name-post', '清苑县人民检察院召开座谈会。座谈会上，该院柯立文检察长通报了工作情况。'],
  ['serves-in:name-then-post', '近日，柳河县人民法院开展普法活动。潘永如院长带领干警走访企业。'],
  ['unit:medium', '据光明网报道，该案已审结。'],
  ['unit:app', '民警提醒群众下载“北岭反诈”APP。'],
  ['person:tibetan-name', '阿里分院的扎西平措还有两名民警前往。'],
  ['part-of:listed-sibling', '北岭县公安局城关派出所、东关派出所民警参加。'],
  ['serves-in:body-name-post', '柳河县公安局红石派出所王立新所长带领民警巡逻。'],
  ['unit:acting-street', '延吉市进学街道召开平安建设推进会。'],
  ['unit:medium-of-station', '某红网某某站8月21日讯(通讯员 柯雯) 县政法综治工作会议召开。'],
  ['part-of:media-station', '东网某某站8月21日讯(通讯员 柯雯) 县政法综治工作会议召开。'],
]
/** Forms that only point back at a unit named elsewhere: resolved, never written out as mentions. */
const RESOLVED_AWAY = new Set(['unit:anaphora'])

function rulesIn(text: string, source: string): Set<string> {
  const seen = new Set<string>()
  // (What the rules find, before the acceptance model weighs it.)
  for (const x of extract(text, { source, enrich: true, accept: false })) {
    for (const e of x.entities) for (const m of e.mentions) seen.add(m.rule)
    for (const r of x.relations) seen.add(r.rule)
    for (const f of x.figures) seen.add(f.rule)
  }
  return seen
}

describe('the rule registry', () => {
  it('describes every rule in one line', () => {
    for (const id of Object.keys(RULES)) expect(describeRule(id)).not.toBe('unknown rule')
    expect(describeRule('lexicon:units.tsv')).toBe('a name from the user lexicon units.tsv')
    expect(Rule.safeParse('unit:invented').success).toBe(false)
  })

  it.each(EXAMPLES)('%s works on a sentence written for it', (rule, sentence) => {
    expect([...rulesIn(`标题\n\n${sentence}`, 'example.txt')]).toContain(rule)
  })

  it('sees every rule at work in the seeds, the fixtures or an example', () => {
    const seen = new Set<string>(EXAMPLES.map(([rule]) => rule))
    const files = [
      ...fs.readdirSync(path.join(root, 'seeds')).map((f) => path.join(root, 'seeds', f)),
      ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).map((f) => path.join(FIXTURES, f)),
    ]
    for (const f of files) for (const r of rulesIn(fs.readFileSync(f, 'utf8'), path.basename(f))) seen.add(r)
    expect(Object.keys(RULES).filter((r) => !seen.has(r) && !RESOLVED_AWAY.has(r))).toEqual([])
    // A rule id made from parts (`participates-in:${how}`) is checked by no type: each one seen must be registered.
    expect([...seen].filter((r) => !(r in RULES))).toEqual([])
  })
})
