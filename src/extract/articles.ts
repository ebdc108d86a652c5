// Splitting a file into articles: masthead lines (date, issue, paper, contacts) are set aside, each
// article's headline, subtitle and bylines are found, and a photo caption or credit before the first
// headline belongs to the first article. Works on the working text (see text.ts).
import { allMatches, anchoredAtStart, type Span } from './text.js'
import { DATELINE_DAY, SITE_ADDRESS } from './dates.js'
import { gazetteer } from './gazetteer.js'
import { OFFICE_PEN_NAME } from './words.js'
import { isBrandOf, LEXICONS, MEDIA_GROUP_KIND, MEDIA_NAME, NATIONAL_BODIES, NEWS_REPORT, paperOfApp, UNIT_SUFFIX_ENDINGS } from './lexicon.js'
import { isLineOfNames, isSignOff, nameAt, ofKnownParts } from './persons.js'
import { isDictionaryWord, isOrdinaryWord, namesTown, words } from './segment.js'

export interface Paragraph extends Span {
  text: string
  /** Markdown heading depth, 0 when not a markdown heading. */
  level: number
}

export interface BylineName {
  name: string
  role: string
  span: Span
  /**
   * The papers, sites or agencies the credit names for this person (中新网 in `中新网牡丹江11月12日电(记者…)`,
   * both in `石榴云/某某日报记者 张三`), or the body a writer signs with.
   */
  sources?: NewsSource[]
  /** The body a correspondent signs with before their name (通讯员:某某公安处 甲): no paper, the body they serve in. */
  signedWith?: NewsSource
}

/** A news organisation named at the head of a lead paragraph. */
export interface NewsSource {
  name: string
  span: Span
  /** Named only as a copyright line's holder: a unit, but maybe an aggregator, whose staff the piece's reporters need not be. */
  holder?: true
  /** Named by the page around the piece (a banner, a trail, a greeting), not by the piece's own credit or lead. */
  onPage?: true
}

export interface ArticleLayout {
  title: string
  titleSpan: Span
  subtitle: string | null
  /** The article's working-text range (from its first paragraph to before the next article). */
  span: Span
  bylines: BylineName[]
  /** News organisations its lead paragraphs open with. */
  sources: NewsSource[]
  /** An e-paper's lines inside its span naming the page and its column (当前版:04版:某栏目): read for nothing. */
  furniture: Span[]
}

/** 当前版:04版:某栏目, 版名：某栏目: an e-paper's line naming the page and its column (a column's name may read as a drive's). */
const PAGE_COLUMN_LINE = /^(?:当前版面?|版面|版名|版次)\s*[:：]/

export interface FileLayout {
  date: string | null
  articles: ArticleLayout[]
  /** What the layout set aside or guessed, said so that nothing is dropped silently. */
  warnings: string[]
}

/** How a page's trail of where it stands opens (您现在的位置, 当前位置, 本页位置). */
/** → 您现在的位置, » 当前位置: an arrow or a bullet a trail keyed by where the page stands may open with. */
const TRAIL_MARK = '(?:[→»·•]\\s*)?'
const WHERE_THE_PAGE_STANDS = '[您你]现在的位置|[您你]的当前位置|[您你]当前位置|[您你]当前所在的?位置|当前所在位置|[您你]现在所在的位置|[您你]的位置|[您你]当前的位置|[您你]所在的位置|现在的位置|当前的位置|当前位置|所在位置|现在位置|本页位置|当前所在(?=\\s*[:：])'
/** 湖南日报·新湖南客户端 2026-02-03 10:24:16: the media a page's top line names, then its time of publication. */
const MEDIA_AND_TIME = /^([\u4e00-\u9fff]{2,12}(?:[·・\-—][\u4e00-\u9fff]{2,12})?)\s*(?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日(?:\s*第\s*[A-Z]?\d+\s*版)?)$/

/** 欢迎来到某某长安网!: a site's greeting, and the site it names. */
// (欢迎访问某某内参!: a greeting alone on its line names the site, whatever its name ends with.)
// (欢迎来到某某日报社(集团)数字报纸: or its paper's e-paper, named by the paper.)
const SITE_GREETING = /^(?:你好|您好)?[,，!！]?\s*欢迎(?:来到|光临|访问|进入|加入)\s*(?:([\u4e00-\u9fff]{2,12}(?:网|在线)|[\u4e00-\u9fff]{2,12}(?=[!！]$))|([\u4e00-\u9fff]{2,12}?报社?)(?:[(（]集团[)）])?(?:数字报纸?|电子报|数字报刊))[!！,，]?(?:\s*今天是.{0,20})?$/
/** 某某网——某某杂志唯一官方网站: a site's banner and its slogan, and the site it names. */
// (某某网——某某中心唯一官方中文网: or a site of a language or a kind, 中文网, 新闻网.)
const SITE_SLOGAN = /^([\u4e00-\u9fff]{2,12}(?:网|在线))\s*(?:——|—|-|\|)\s*.{0,24}(?:官方网站|门户网站|网站|官网|(?:官方|中文|新闻|门户|综合)网)$/

const NO_CHINESE = /^[^\u3400-\u9fff]*$/
const TIME_STAMP = /^\d[\d\s\-/.]*\d\s+\d{1,2}:\d{2}(?::\d{2})?$/
/** The staff a page credits for editing, making or checking it (编辑, 审核, 监制, 制作). */
// (初审编辑, 值班编辑: an editor named by the check or the shift they do.)
// (执行统筹, 总策划: an executive's or chief's role is a role too; 校稿, 签发: so are proofing and signing off.)
const STAFF_ROLE = '(?:执行|总)?(?:(?:初审|复审|终审|值班|网络|见习|实习)?编辑人?|内容审核|责编|网编|主编|审核|审校|校对|编审|初审|复审|终审|一审|二审|三审|监制|出品人?|美编|统筹|审读|策划|终校|制作|录入|校稿|核稿|签发)'
/**
 * What may open a line of staff credits: a label in square brackets, or the site before a bracket (中国新闻网[责任编辑:甲]), then the bracket;
 * or a paper and its app right before the editor's key and colon (某某日报某某客户端编辑：甲、乙).
 */
const STAFF_CREDIT_OPENING = String.raw`(?:【[^】]{1,8}】\s*|[\u4e00-\u9fff]{2,10}(?:网|报|在线|新闻|客户端)(?:\s*(?=[(（【\[])|[\u4e00-\u9fff]{0,4}?(?=(?:责任)?编辑\s*[:：])))?[(（【\[]?`

/** 首页 本地要闻 警务资讯 …: a site's menu, six short words or more set off by spaces (no credit's role among them); 甲新闻 乙新闻 丙新闻: or three places' news channels. */
const SITE_MENU = /^(?!.*(?:记者|通讯员|编辑|摄影|作者|撰文))[\u4e00-\u9fff]{2,6}(?:[ \u3000]+[\u4e00-\u9fff]{2,6}){5,}$|^[\u4e00-\u9fff]{2,6}新闻(?:[ \u3000]+[\u4e00-\u9fff]{2,6}新闻){2,}$/

/** 《 某某日报 》( 2024年03月25日 10 版): the paper a piece was printed in, with its day and page. */
const PRINTED_IN = /^《\s*([\u4e00-\u9fff]{2,12}?(?:报|周刊|杂志))\s*》\s*[(（]\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:第?\s*[A-Z]?\d{1,3}\s*版)?\s*[)）]$/
const MASTHEAD = [
  // 本文首发于某某周末，转载请注明出处: the medium a piece first ran in, and its terms of reprinting.
  /^本文(?:首发|首刊|原载|刊发)于/,
  // 版权声明:文章观点仅代表作者观点…: a site's notice on rights, over or under the piece.
  /^(?:版权声明|免责声明|版权所有)\s*[:：]/,
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(\s*星期.)?$/,
  // 搜 索, 新闻搜索：a search box.
  /^(?:新闻|站内|全文)?搜\s*索\s*[:：]?$/,
  // 登录, 个人中心, 扫描二维码下载APP, 某某新闻APP: a site's or app's buttons and banners.
  /^(?:登录|注册|退出登录|个人中心|收藏|订阅|历史|分享|评论|点赞|[⁺+]|(?:扫描二维码|扫码)?下载\s*APP|APP\s*下载|打开\s*APP)$/i,
  // 通版阅读请点击:, 展开通版: an e-paper reader's buttons; 若长时间无响应,请刷新本页面: a page's note while it loads.
  /^(?:[\u4e00-\u9fff]{0,6}请点击\s*[:：]?|(?:展开|收缩|关闭)(?:通版|全文|版面))$/,
  /^.{0,24}(?:加载中|请稍候|请刷新本?页面?|无响应)[^\u4e00-\u9fff]{0,2}$/,
  // 电子报阅读机, 数字报: an e-paper reader's name over its pages.
  /^(?:电子报|数字报|电子版|数字版)(?:阅读机|阅读器|阅读)?$/,
  // 某某日报报刊社 出版 国内统一刊号:CN52-0013: who publishes a paper, under its registration number.
  /国内统一(?:连续出版物)?刊?号|(?:^|\s)CN\s?\d{2}-\d{4}/,
  // 打开ChinaNews阅读: an app's banner.
  // (打开某某新闻 查看更多图片, 点击阅读完整原文: a button to open the app for more, or to read the whole piece elsewhere.)
  /^打开\s*[\u4e00-\u9fffA-Za-z]{1,16}\s*(?:阅读|查看|看新闻)(?:更多(?:图片|内容|精彩))?$/,
  /^点击(?:阅读|查看)(?:完整|全部)?(?:原文|全文)$/,
  // (某某网 某某APP: a site and its app set apart by a space.)
  /^(?:[\u4e00-\u9fff]{2,10}(?:网|报)\s+)?[\u4e00-\u9fff]{2,8}\s*(?:APP|App|客户端)$/,
  // 看看新闻, 图片新闻: a news brand or a column alone on its line.
  /^[\u4e00-\u9fff]{2,6}新闻$/,
  // 湖南日报·新湖南客户端 2026-02-03 10:24:16: the media that publish a page and its time.
  MEDIA_AND_TIME,
  // 《 某某日报 》( 2024年03月25日 10 版): the paper a site's page reprints, its day and page, closing the piece.
  PRINTED_IN,
  // 您现在所在的位置：首页 > 要闻 > 正文, 当前位置：首页>>工作报告: a page's breadcrumb trail.
  new RegExp(`^${TRAIL_MARK}(?:位置\\s*[:：]\\s*)?(?:${WHERE_THE_PAGE_STANDS})\\s*[:：]?.{0,200}$`),
  // (首页 ? 新闻频道 ? 国内新闻: a page whose › was lost to a question mark.)
  /^首页\s*(?:>|＞|›|»|>>|[?？](?=\s*[\u4e00-\u9fff]))/,
  // (首页 alone on its line: the link to the site's front page.)
  /^(?:网站)?首页$/,
  // 某某网 • 浙江 • 正文, 某某分社 • 正文: a trail whose steps are set off by bullets.
  /^[\u4e00-\u9fff]{2,10}(?:\s*[•·—-]\s*[\u4e00-\u9fff]{2,10}){0,4}\s*[•·—-]\s*正文$/,
  // (资料图片): a picture's note alone on its line.
  /^[(（]?(?:资料图片|资料图|网络图片|配图)[)）]?$/,
  // 某某Logo: a site's logo, its alternative text.
  /^[\u4e00-\u9fff]{0,10}\s*(?:LOGO|Logo|logo)$/,
  // 某某官方网站·专注原创影响力: a site and its slogan.
  /^[\u4e00-\u9fff]{2,12}(?:官方网站|官网)[·・|｜\s—-]+[\u4e00-\u9fff]{2,16}$/,
  // 发布时间: 2022-02-28 17:03:49 分类:某某: the time a page went out (its date read as the masthead's) and its label.
  /^(?:发布|发稿|更新|编辑)(?:时间|日期)\s*[:：]\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[\u4e00-\u9fff]{2,4}\s*[:：]\s*[\u4e00-\u9fff]{1,10})*$/,
  // 更新时间: 浏览次数:888: a page's keyed counts and times, alone on their line, their values given or not.
  /^(?:(?:更新时间|发布时间|浏览次数|点击数|点击量|阅读数|阅读量|浏览量|访问量)\s*[:：]\s*[\d\-/:.年月日\s]*){2,}$/,
  // 新闻:185xxxxxxxx 广告:185xxxxxxxx: a site's desks and their telephone numbers.
  /^(?:[\u4e00-\u9fff]{2,4}\s*[:：]\s*\d{7,12}\s*){2,}$/,
  // 某某警事:0311-8365xxxx: a column's or desk's name and its telephone number.
  /^[\u4e00-\u9fff]{2,10}\s*[:：]\s*\d{3,4}-\d{7,8}$/,
  // 《 某某报 》 ( 2023年12月02日 第 04 版: a print edition's name, day and page over the piece.
  /^《\s*[\u4e00-\u9fff]{2,12}\s*》\s*[(（]\s*\d{4}年\d{1,2}月\d{1,2}日\s*第\s*\d+\s*版\s*[)）]?$/,
  // 听新闻, 放大镜, 分享至, 本篇文章623字，读完约2分钟: a page's buttons to hear, enlarge or share it, and its length.
  /^(?:听新闻|收听|朗读|语音播报|放大镜|分享至|分享到[:：]?|本篇文章\d+字[,，]?\s*读完约?\d+分钟)$/,
  // 社会纪事 >: the last step of a trail, alone on its line.
  /^[\u4e00-\u9fff]{2,10}\s*(?:>|＞|›|»|>>)\s*$/,
  // · 某某标题: the list of a page's other pieces (本版面文章), and a site's or channel's name alone.
  /^[·•]\s*\S.{0,40}$/,
  /^(本版面文章|本版文章|本版列表|相关文章|相关新闻|更多新闻|新闻推荐|相关推荐|推荐阅读|热点推荐|精彩推荐|猜你喜欢|相关阅读|延伸阅读)$/,
  // 推荐: 某某标题, 上一篇：…: a link to another piece, its label before a colon.
  /^(?:推荐|热门推荐|相关推荐|推荐阅读|相关阅读|延伸阅读|上一篇|下一篇)\s*[:：].{0,60}$/,
  // >更多相关文章: a link to more of them.
  /^>?\s*(?:更多|查看更多)(?:相关)?(?:文章|新闻|内容|资讯)\s*>*$/,
  // 文字: 打印, 字体: 大 中 小, 【字体: 打印本页: a page's widgets for its text.
  /^【?(?:文字|字体|字号)\s*[:：]?[\s大中小打印本页关闭分享收藏默认】]*$/,
  // (某某门户网站: a site's name alone, a portal's or an official one.)
  // (政策法规网, 某某普法网: and a site of public bodies' or the law's, by its kind.)
  /^[\u4e00-\u9fff]{2,10}(?:新闻网|长安网|政法网|法治网|信息网|法规网|政务网|政府网|普法网|法律网|法院网|检察网|公安网|在线|门户网站|官方网站)(?:[\u4e00-\u9fff]{2,6}频道)?$/,
  /^[\u4e00-\u9fff]{2,3}网$/,
  // 人民网>>湖南频道>>…: a site's trail of channels.
  /^[\u4e00-\u9fff]{2,10}网\s*(?:>>|>|»)/,
  // 中国新闻网-某某新闻: a site and its channel, set off by a dash.
  /^[\u4e00-\u9fff]{2,10}网\s*[-—]\s*[\u4e00-\u9fff]{2,8}(?:新闻|频道)$/,
  // 今日特推: …, 请升级浏览器版本, 点击右上角…分享: a page's widget of picks, its prompt to upgrade, its button to share.
  /^今日特推\s*[:：]|^请(?:升级|更新|使用)[\u4e00-\u9fff]{0,6}浏览器|^点击右上角/,
  // 微信好友, 朋友圈, QQ空间: the places a share button sends a page to, one to a line.
  /^(?:微信好友|朋友圈|QQ好友|QQ空间|新浪微博|腾讯微博)$/,
  // 某某报业集团主管 《某某报》官方网站: who runs a paper's site, and the site.
  /^[\u4e00-\u9fff]{2,16}主管\s*《[\u4e00-\u9fff]{2,12}》(?:官方网站|官网)$/,
  // 某某网 某某早报 某某商报 … 旧版入口: a site's menu of its papers, its link to the old site last.
  /(?:^|\s)旧版入口$/,
  /^(小字号|大字号|中字号|字号)\s*[:：]?$/,
  SITE_GREETING,
  // 头版, 要闻: an e-paper's list of its pages' sections, one to a line.
  /^(头版|要闻|综合|时政|国内|国际|社会|经济|财经|体育|文化|副刊|评论|理论|专版|专题|视点|民生|法治|政法|警事|地方新闻|本地新闻)$/,
  SITE_SLOGAN,
  // Copyright, licence and filing lines.
  /版权所有|ICP备|ICP证|公网安备|网安备|^Copyright\b|^©|(?:互联网新闻信息|信息网络传播视听节目)?许可证[\u4e00-\u9fff]{0,4}\s*[:：]?\s*\d/i,
  // 某某网 某某要闻 查看内容: a trail of words set off by spaces, ending in the page's kind.
  /^[\u4e00-\u9fff]{2,12}(?:\s+[\u4e00-\u9fff]{2,8}){1,4}\s+(?:查看内容|正文|详细内容|内容页|详情)$/,
  // 今日:2021年05月11日: an e-paper's day; 往期检索, 版面检索: its search buttons.
  /^(?:今日|今天)\s*[:：]\s*\d{4}年\d{1,2}月\d{1,2}日(?:\s*星期.)?$/,
  /^[\u4e00-\u9fff]{0,6}检索$/,
  // 某某网某某正文: a trail ending in the page's kind (正文); 我们的微信: a widget's label.
  /^[\u4e00-\u9fff]{2,10}(?:网|在线)[\s>›»•·]*(?:[\u4e00-\u9fff]{1,6}[\s>›»•·]*)?正文$/,
  /^(?:我们的|官方)?(?:微信|微博)(?:公众号)?$|^(?:扫一扫|微信扫一扫|扫码关注|手机看新闻)$/,
  /^星期[一二三四五六日天]$/,
  // A line with no Chinese is a page's code, error, label or count (tibet.cn, 404 Not Found, correctPNG();,
  // 1962 readers), or a time stamp (2026 02/28 22:14:08).
  NO_CHINESE,
  // >> 警务资讯 >> 警务动态: a trail whose first step is on the line before.
  /^(?:>>|>|＞|›|»)/,
  // 主管主办：…, 主办：某某 承办：某某: who runs the site.
  // 有思想 / 有温度 / 有品质: a site's slogan or menu of short words parted by slashes or bars.
  /^[\u4e00-\u9fff]{2,6}(?:\s*[/／|｜]\s*[\u4e00-\u9fff]{2,6}){2,6}$/,
  SITE_MENU,
  // 今天是：, 【打 印】, 【 第1页 第2页 】, 配色方案, 某某网站导航, 专栏名称：…: a page's widgets and labels.
  // (今天是某某访谈的第一期，…: a paragraph may open with 今天是 too; the widget goes on with the day or nothing.)
  /^今天是\s*(?:[:：]|\d{4}\s*[年\-/.]|\d{1,2}\s*月|农历|星期|周[一二三四五六日天]|$)/,
  /^[】\]]|^[【\[][^】\]]{0,30}[】\]]$/,
  /^(?:配色方案|网站导航|站点导航|导航|无障碍|长者模式|关怀版|繁體|简体|English|投稿|我要投稿|在线投稿|网站投稿)$|^[\u4e00-\u9fff]{2,16}导航$/,
  // 某某日报/2026 年/3 月/9 日/第 B02 版要闻: a paper's day and page set apart by slashes.
  /^[\u4e00-\u9fff]{2,10}(?:报|刊)\s*[/／]\s*\d{4}\s*年\s*[/／]\s*\d{1,2}\s*月\s*[/／]\s*\d{1,2}\s*日(?:\s*[/／]\s*第\s*[A-Z]?\s*\d+\s*版[\u4e00-\u9fff]{0,6})?$/,
  // 返回, 顶部, 正文复制, 我要投稿 下载某某APP: buttons of a page (back, to the top, copy, contribute, get the app).
  /^(?:返回|顶部|返回顶部|回到顶部|返回首页|正文复制|复制链接|(?:我要投稿\s*)?下载[\u4e00-\u9fff]{0,8}(?:APP|App|客户端))$/,
  // (杭州12℃-0℃ 下载APP 我要投稿: a city's weather and the page's buttons after it.)
  /^[\u4e00-\u9fff]{0,8}\s*-?\d{1,2}\s*℃(?:\s*[~\-～至]\s*-?\d{1,2}\s*℃)?(?:\s+(?:下载[\u4e00-\u9fff]{0,8}(?:APP|App|客户端)|我要投稿|投稿|登录|注册))*$/,
  /^(?:专栏名称|栏目名称|所属栏目|栏目)\s*[:：]/,
  /^第\s*\d+\s*期$/,
  // 第07版：警方报道, 第八版:人物: the page, in figures or in Chinese numerals, and its section's name.
  /^第\s*(?:[A-Z]?\d+(?:-\d+)?|[一二三四五六七八九十]{1,3})\s*版\s*[:：]?\s*[\u4e00-\u9fff·・]{0,12}$/,
  // 00003版：要闻, 版面：第2版：政法一线, 出版日期：…, 当前报纸名称：…: an e-paper reader's page furniture.
  /^\d{1,5}版\s*[:：]\s*[\u4e00-\u9fff·・]{0,12}$/,
  // 第05版:综合新闻 上一版 下一版: an e-paper reader's page with its buttons to turn it.
  /^.{0,30}(?:上一版|下一版).{0,12}$/,
  /^(出版日期|刊发日期|发布日期|日期|版面|版次|版名|当前报纸名称|报纸名称|报名|当前版面|当前版|当前期)\s*[:：]/,
  /^[\u4e00-\u9fff]{2,10}(日报|晚报|法制报|法治报|时报|报)\s*(数字报纸?|电子报|电子版|数字版)$/,
  /^(国内统一连续出版物号|邮发代号|CN\s*\d)/,
  /^CN\s*\d/,
  /^[\u4e00-\u9fff]{2,10}(日报|晚报|法制报|法治报|时报|报)$/,
  // A column's name over its items (政法简讯, 警务快讯), not a headline.
  /^[\u4e00-\u9fff]{0,6}(简讯|快讯|短讯|时讯|速递|速览)$/,
  /^(本版|责任)编辑/,
  // 关键词:…, 标签:…: a page's keywords or tags.
  /^(?:关键词|标签)\s*[:：]/,
  // The credits that close a web page (编辑：…, 编辑/…, （编辑人：…）, 审核：…, 校对 某某): names of staff, never a new article.
  new RegExp(`^${STAFF_CREDIT_OPENING}(?:网络|文字|值班|责任|图文|图片|栏目)?${STAFF_ROLE}(?:\\s*[:：|｜/／▏│]|[ \\u3000]+[\\u4e00-\\u9fff·]{2,4}$)`),
]
/** A page's keywords or tags, then the editor credited after them (关键词:…,…责任编辑:张三; 标签: … 责任编辑: 张三). */
const KEYWORDS_THEN_EDITOR = /^(?:关键词|标签)\s*[:：].{0,40}?(?:责任编辑|编辑|责编)\s*[:：]\s*([\u4e00-\u9fff·]{2,4})\s*$/
/** The staff a page's credits name (责任编辑：李晨, （编辑人：王一、赵二）, 编辑/李晨, 编辑:李晨;): people, who wrote nothing. */
const EDITOR_CREDIT = new RegExp(`^${STAFF_CREDIT_OPENING}(?:本版|责任|网络|文字|值班|图文|图片|栏目)?${STAFF_ROLE}\\s*[:：|｜/／▏│]?\\s*([\\u4e00-\\u9fff·](?:[\\u4e00-\\u9fff·\\s、/／]|[(（]实习[)）]){1,30}?)[)）】\\]]?(?:\\d{5,8})?[;；]?$`)
/** `……。(津云新闻编辑孙畅)`: an editor credited at the end with the medium named before the role. */
const TRAILING_MEDIA_EDITOR = /[(（]([\u4e00-\u9fff]{2,8}?(?:新闻|网|报|台|客户端))((?:责任)?(?:编辑|责编)\s*[:：]?\s*)([\u4e00-\u9fff·]{2,4})[)）][\s|｜]*$/
/** `……。(编辑人:王桂林、杨卓奇)`, `(完) 【编辑:田博群】`: the editors credited at the end of the last paragraph. */
// (（编辑：甲/乙）: a wire's editors set apart by a slash.)
const TRAILING_EDITOR = /[(（【\[](?:责任)?(?:编辑人?|责编)\s*[:：]\s*((?:[\u4e00-\u9fff·、\s/／]|[(（]实习[)）]){2,24}?)[)）】\]][\s|｜]*$/
/** `…灰色产业群。记者 郑良`, `…88处。记者甲通讯员乙`: reporters credited after the piece's last sentence, with no brackets, their roles set off by spaces or none. */
const TRAILING_REPORTER = /[。！!？?”]\s*((?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}?(?:(?:[\s、]|\s*(?:记者|通讯员|实习生)\s*)[\u4e00-\u9fff·]{2,4}?){0,3})[\s|｜]*$/
/**
 * Pieces a dateline strip is made of (`2024年5月8日 星期三 第3版`, `农历甲辰年三月三十`, `A2版`), and an
 * e-paper reader's buttons (`上一期 版面导航 上一篇 下一篇 放大 缩小 默认`, arrows read as digits).
 */
const MASTHEAD_PIECE = /^(\d{1,3}|\d{1,3}\/\d{1,3}|[<>|]+|date|Date|\d?(?:上一期|下一期|往期|出版|版面导航|标题导航|上一篇|下一篇|上一版|下一版|放大|缩小|大字体|中字体|小字体|大字|中字|小字|默认|扫码带走|扫码阅读|听新闻|返回目录|返回首页|返回本版列表|返回列表|打印本页|关闭|PDF版|电子版|电脑版|手机版|移动版|关注微信|关注微博|分享到)\d?|\d{1,2}:\d{2}(?::\d{2})?|(?:点击率|点击量|字体)[:：]?\d*|\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|星期[一二三四五六日天]|周[一二三四五六日]|第\s*[A-Z]?\d+\s*[版期](?:[:：][\u4e00-\u9fff·・]{1,12})?|[A-Z]?\d{1,2}版|[A-Z]\d{1,2}[:：][\u4e00-\u9fff·]{1,10}|农历\S+|[\u4e00-\u9fff]{2,10}(日报|晚报|法制报|法治报|时报|报)(?:[·・]电子版)?)$/
/** A contact line of the masthead (网址, 电话：…); inside a sentence such words are the article's. */
const CONTACT = /(https?:\/\/|www\.|E-?mail|新闻热线|报料热线|(?:热线|电话|传真|邮箱)(?:[(（][^()（）]{1,8}[)）])?\s*[:：])/i
// (Each test below asks the line's length before a pattern that would read the whole of a long paragraph.)
const isContactLine = (t: string): boolean => t.length <= 80 && CONTACT.test(t) && !/[。！？!?]/.test(t) && !/[，,][^，,]*[，,]/.test(t)
/** A piece of a page's credit line split by bars: a time, a source, an editor, a count of readers. */
const BAR_PIECE = /^(\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2}(:\d{2})?|(来源|作者|编辑|责编|责任编辑|审核)\s*[:：][^|｜]{1,20}|[^|｜]{0,6}(浏览|阅读|点击)[^|｜]{0,8})$/
const isBarCredits = (t: string): boolean => t.length <= 100 && /[|｜]/.test(t) && t.split(/[|｜]/).every((piece) => piece.trim() === '' || BAR_PIECE.test(piece.trim()))
/** `中央人民政府网站 | 省委 | 省人大 | 省政府`, `藏文版 | 设为首页 | 加入收藏`: a site's bar of links. */
const isLinkBar = (t: string): boolean => {
  // (A line with no bar is one piece: not split for nothing.)
  if (!t.includes('|') && !t.includes('｜')) return false
  // (某某集团旗下媒体: 甲报 |乙网 |…: a label may name the bar.)
  const pieces = t.replace(/^[^|｜:：]{2,16}[:：]\s*/, '').split(/\s*[|｜]\s*/).filter((piece) => piece !== '')
  // (游遍某地从某某网开始>> | 首页 | 意见反馈 | …: the first piece may be the site's slogan, a little longer.)
  return pieces.length >= 4 && pieces.every((piece, k) => piece.length <= (k === 0 ? 20 : 10) && !/[，,。；;：:]/.test(piece))
}
/** 商业> 正文: a trail of one step to the page's text; 首页-->法制: one from the home page to a channel; 某某分社正文: a site's step glued to 正文. */
const STEP_TO_TEXT = /^[\u4e00-\u9fff]{2,10}\s*(?:>>|>|»|›)\s*正文$|^首页\s*-*(?:>>|>|»|›)\s*[\u4e00-\u9fff]{2,8}$|^[\u4e00-\u9fff]{2,10}(?:网|社|报|台|分社|频道)正文$/
/** `新闻 社区 房产 汽车 财经`: a site's menu of channels, words of one to four characters side by side. */
const isMenu = (t: string): boolean => {
  // (A line with no space is one piece: not split for nothing.)
  if (!/\s/.test(t)) return false
  const pieces = t.split(/\s+/)
  // (记者 甲 通讯员 乙 丙: a byline's roles and names are no menu; a menu's pieces are words of the language.)
  return pieces.length >= 5 && pieces.every((piece) => /^[\u4e00-\u9fff]{1,4}$/.test(piece)) && !HAS_ROLE.test(t) && pieces.filter(isDictionaryWord).length * 2 >= pieces.length
}
/** (右一), (左二、左三), (前排左一), (中): where a caption places someone in the picture. */
const PLACED_IN_PICTURE = /[(（](?:前排|后排|第[一二三]排)?(?:[左右][一二三四五六七八九十1-9]?(?:、[左右][一二三四五六七八九十1-9])*|中)[)）]/
/** `新闻频道 > 快讯 > 正文`, `某某新闻网 > 新闻中心>…`: a trail of channels with two steps or more (a list’s number, 1. 某某网 > …, or a logo’s word, logo 首页 > …, may open it). */
const BREADCRUMB = /^(?:\d{1,2}\.\s*|[A-Za-z]{2,10}\s+)?[\u4e00-\u9fff\s]{0,30}[\u4e00-\u9fff]{2,10}\s*(?:>>|>|＞|›|»)\s*[\u4e00-\u9fff]{2,10}\s*(?:>>|>|＞|›|»)/
/** (A trail's steps are joined by one of these: a line without them is tried no further, its backtracking skipped.) */
const hasTrailMark = (t: string): boolean => t.includes('>') || t.includes('＞') || t.includes('›') || t.includes('»')
/**
 * The masthead patterns with no flags and no backreference, as two patterns: a line matches an alternation
 * exactly when it matches one of its alternatives, and is then tested twice rather than thirty times. Those
 * anchored at the line's start are one: the engine tries that alternation at the line's start only, where
 * one alternative that may match anywhere (国内统一刊号, …旧版入口) had it tried at every character of every
 * paragraph; those few are the other.
 */
const isPlain = (r: RegExp): boolean => r.flags === '' && !/\\[1-9]/.test(r.source)
const alternation = (patterns: readonly RegExp[]): RegExp => new RegExp(patterns.map((r) => `(?:${r.source})`).join('|'))
const PLAIN_MASTHEAD = alternation(MASTHEAD.filter((r) => isPlain(r) && anchoredAtStart(r)))
const PLAIN_MASTHEAD_ANYWHERE = alternation(MASTHEAD.filter((r) => isPlain(r) && !anchoredAtStart(r)))
const OTHER_MASTHEAD = MASTHEAD.filter((r) => !isPlain(r))
/** A channel's name: a short line that names no body, medium or place (法治热点, 图片新闻). */
const isChannelName = (t: string): boolean => t.length <= 12 && /^[\u4e00-\u9fff]+$/.test(t) && UNIT_SUFFIX_ENDINGS.longestEndingAt(t, t.length) === undefined && !MEDIA_NAME.test(t) && gazetteer().at(t, 0) === undefined
/** `新闻 > 本地新闻`: a trail of one step, two channels' words and nothing else on the line. */
const ONE_STEP_TRAIL = /^[\u4e00-\u9fff]{2,6}\s*(?:>>|>|＞|›|»)\s*[\u4e00-\u9fff]{2,8}$/
/** A page's trail of channels (首页 > 新闻 > 正文). */
const isTrail = (t: string): boolean => hasTrailMark(t) && (BREADCRUMB.test(t) || ONE_STEP_TRAIL.test(t))
/** A site's buttons for the page (手机版, 站内搜索, 网站地图, 跳转到正文内容) or its greeting (欢迎访问本网站, HI, 登录), as pieces of a line set off by spaces or bars. */
const SITE_WIDGET = /^(?:手机版|电脑版|移动版|站内搜索|全文搜索|搜索|网站地图|无障碍|无障碍浏览|网站无障碍|长者版|关怀版|设为首页|首页|返回首页|加入收藏|添加收藏|收藏本站|收藏本页|查看原文|跳转到(?:路径)?导航栏?|跳转到(?:正文|主要)?内容|跳转到正文|搜索标题|智能搜索|高级搜索|本网站已支持IPv6网络?|关注我们|(?:HI|Hi|hi|Hello|您好|你好)[,，!！]?|登录|注册|注册登录|登录注册|(?:APP|App)?下载(?:APP|App)?(?:微信|微博)?|微信|微博|腾讯微博|新浪微博|English|繁体|简体|繁體|欢迎您?(?:访问|光临)[\u4e00-\u9fff]{0,12}?(?:网站|网|本站)[!！。]?|\[?复制链接\]?|发表于\s*\d{4}-\d{1,2}-\d{1,2}[\s\d:]*(?:[|｜]\s*(?:显示全部楼层|只看该作者|阅读模式|倒序浏览)\s*)*)$/
/** 某某号 手机版| 站内搜索: a site's name, then its buttons only. */
const isSiteWidgets = (t: string): boolean => {
  if (t.length > 40) return false
  // (添加收藏 / 设为首页: a slash between buttons parts them as a bar does.)
  const pieces = t.split(/[\s|｜]+/).filter((piece) => piece !== '' && !/^[/／]+$/.test(piece))
  return pieces.length >= 2 && pieces.slice(1).every((piece) => SITE_WIDGET.test(piece) || MASTHEAD_PIECE.test(piece)) && (SITE_WIDGET.test(pieces[0]!) || /^[\u4e00-\u9fff]{2,8}[:：]?$/.test(pieces[0]!)) && pieces.some((piece) => SITE_WIDGET.test(piece))
}
/** 第7版, A06版, A07, 第3版:政法: the page of a paper a dateline strip names, perhaps with its section after a dot or a colon. */
const PAGE_PIECE = /^(?:第\s*[A-Z]?\d+\s*版|[A-Z]?\d{1,2}版|[A-Z]\d{1,2})(?:[·・:：][\u4e00-\u9fff·・]{1,12})?$/
/**
 * 某某日报 2024年11月14日 星期四 第7版 政法: a dateline strip whose page is followed by the name of its section (one
 * or two words, set off by a space), which no pattern of the strip's pieces knows.
 */
const isStripWithSection = (t: string): boolean => {
  if (t.length > 80 || !/\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}/.test(t)) return false
  const pieces = t.split(/\s+/).filter((piece) => piece !== '')
  const page = pieces.findLastIndex((piece) => PAGE_PIECE.test(piece))
  return page >= 1 && pieces.length - page <= 3 && pieces.slice(0, page).every((piece) => MASTHEAD_PIECE.test(piece)) && pieces.slice(page + 1).every((piece) => /^[\u4e00-\u9fff·・]{1,12}$/.test(piece))
}
// (设为首页, 关注我们: one of a site's buttons alone on its line is no headline either.)
/** ~~~某某标题: an e-paper's list of the stories on its page, each item opened by tildes. */
const PAGE_STORY_ITEM = /^~{2,}/
const isMasthead = (t: string): boolean => SITE_WIDGET.test(t) || STEP_TO_TEXT.test(t) || PAGE_STORY_ITEM.test(t) || PLAIN_MASTHEAD.test(t) || PLAIN_MASTHEAD_ANYWHERE.test(t) || OTHER_MASTHEAD.some((r) => r.test(t)) || isContactLine(t) || isBarCredits(t) || isLinkBar(t) || isMenu(t) || isTrail(t) || isSiteWidgets(t) || (t.length <= 80 && t.split(/\s+/).every((piece) => MASTHEAD_PIECE.test(piece))) || isStripWithSection(t)

/** A name, perhaps written with a space or two between its characters (韩  宇). */
const NAME = '[\\u4e00-\\u9fff](?:[\\u4e00-\\u9fff·]{1,9}|[ \\u3000]{1,2}[\\u4e00-\\u9fff]{1,2}(?![\\u4e00-\\u9fff]))'
// (采访人员: some sites write it for 记者, the reporters of the paper.)
const ROLE_WORDS = '(?:主任记者|首席记者|特派记者|高级记者|特约记者|见习记者|实习记者|摄影记者|记者|采访人员|特约通讯员|通讯员|实习生|作者|撰文|特约撰稿人|撰稿人|撰稿|摄影(?=[:：\/／])|图片(?=[:：])|摄(?=[\/／]))'
const ROLE_ENDING = new RegExp(`${ROLE_WORDS}$`)
const HAS_ROLE = new RegExp(ROLE_WORDS)
/** `本报记者●王祯 通讯员●王洋●王瑾`, `本报通讯员●唐建权`, `记者 张三 李四`, `来源:记者 李四 2024-07-10 15:01`, `2024年07月10日 15:01 来源: 某某日报 记者 李四`. */
const BYLINE_MARK = '[□■●◎▲◆★⊙○]*\\s*[\\/／]?\\s*(?:\\d{4}[-/年.]\\d{1,2}[-/月.]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*)?(?:来源[:：]\\s*)?(?:(?:文\\/图|图\\/文|文、图|图、文|文图|图文|采写|制图|绘图|文|图)[\\/／:：|｜\\s]+)?'
const BYLINE_LEAD = new RegExp(`^${BYLINE_MARK}`)
/** `刘某某/本刊记者`: a name, then a slash and the writer's role in the publication. */
const NAME_THEN_ROLE = /^\s*([\u4e00-\u9fff·]{2,4})\s*[\/／]\s*(?:本刊|本报|本网|本台)?(特约记者|记者|通讯员)\s*$/
// (■杨霖 记者 罗翔, 景飞呈 杨彦 某某报-某某客户端记者张伟: correspondents' names, each set apart by a space, may open it.)
const BYLINE = new RegExp(`^${BYLINE_MARK}(?:${NAME_THEN_ROLE.source.slice(1, -1)}|(?:[\\u4e00-\\u9fff]{2,3}[ \\u3000]+){0,4}(?:[\\u4e00-\\u9fffA-Z]{2,10}(?:[·・\\/／—、-]|[ \\u3000]*[|｜])[ \\u3000]?){0,2}(?:《[\\u4e00-\\u9fffA-Z]{2,12}》|[\\u4e00-\\u9fffA-Za-z]{0,12}?)(?:(?<![讯电])[ \\u3000])?(?:本报)?${ROLE_WORDS}[\\s●•·:：\\/／|｜□■]*${NAME}|(?<=[\\/／:：|｜\\s])${NAME}(?:[\\s、]+${NAME})*$)`)
/** Another name of a site in brackets, between its name and 讯 (某某网(某某日报网)讯). */
const ALIAS_BEFORE_SENT = String.raw`(?:[(（][\u4e00-\u9fff]{2,12}[)）])?`
/** A note in brackets closing a paragraph of who gave its pictures, naming no photographer (图片由某某提供, 图片来源:某某). */
const PICTURES_GIVEN = /[(（](?:图片|照片|图)(?:由|来源[:：]?|来自)[^()（）摄]{1,20}[)）]\s*$/
/** `本报讯(记者张璋 通讯员呼群)`, `某某网(某某日报网)讯(通讯员 甲)`, `某某云/某某报讯(记者 甲报道)`, `某某报道：(通讯员 甲)`, `某某政法网(通讯员 周伟)`, `【某某社某地十一月二十七日电】(张三)`, `【某某网讯】 (记者 甲)`, `某某融媒体中心3月7日讯【记者:甲 乙】` at the start of a lead paragraph. */
// (某某客户端、某某网、某某报7月21日消息(记者 甲): up to four media listed before the day; 某某日报某市融媒体中心·某某网: a first of twelve characters.)
// (某某网12月16日综合(…): a piece put together from reports, 综合, after the day.)
// (某某网某地7月21日(记者 甲): a medium's dateline with no 电 or 讯, a reporter's credit after it; 某某网讯 据某某日报报道(首席记者 甲): a
// report taken from a paper, its reporter credited after it; 某某商报(记者 甲): a paper named right before its reporters' credit.)
const LEAD_CREDIT = new RegExp(String.raw`^(?:本报讯|(?:[\u4e00-\u9fff]{2,10}[\/／])?(?:\d{1,4}(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff]{0,14}${ALIAS_BEFORE_SENT}(?:讯|消息|报道|(?<=网)电)|[\u4e00-\u9fff]{2,10}[—·、-][\u4e00-\u9fff]{2,10}\+?讯|【?[\u4e00-\u9fff]{0,12}(?:[—·、-][\u4e00-\u9fff]{2,10}){0,3}(?:[ \u3000][\u4e00-\u9fff]{1,8})?(?:\d{4}年)?${DATELINE_DAY}(?:[\u4e00-\u9fff]{2,8}?)?(?:[电讯]|消息|综合)】?|[\u4e00-\u9fff]{2,12}(?:网|社|报|台|在线)[\u4e00-\u9fff]{0,6}${DATELINE_DAY}(?=[(（](?:特约记者|记者|通讯员|[\u4e00-\u9fff]{2,4}[)）]))|(?:[^\s(（]{2,20}?(?:讯|消息)\s*)?据[\u4e00-\u9fff]{2,12}?报道(?=[(（](?:首席记者|特约记者|记者|通讯员))|[\u4e00-\u9fff]{2,12}报(?=[(（](?:首席记者|特约记者|记者|通讯员|实习生))|(?:[\u4e00-\u9fff]{2,12}[—·-])?[\u4e00-\u9fff]{2,12}(?:网|在线|客户端|融媒体中心)(?:[\u4e00-\u9fff]{2,3}(?=[:：]))?[:：]?|【[\u4e00-\u9fff]{1,10}(?:网|在线|客户端)】|【[\u4e00-\u9fff]{2,12}(?:讯|消息)】)[:：]?\s*(?:[(（]|【(?=(?:特约|见习|实习)?记者|通讯员|实习生))([^()（）【】]{2,80})[)）】]`)
/** `2017年03月13日 20:30某某快报记者 王五 昨日从…`: a lead opening with its paper's reporters, each name set off by spaces (记者 甲 乙 在…). */
// (本报记者 甲 乙 9月12日上午…: the lead's day after the names ends them too.)
const PAPER_REPORTER_LEAD = /^(?:(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)?([\u4e00-\u9fff]{2,10}?)记者((?:[ \u3000]+[\u4e00-\u9fff]{1,3})+)[ \u3000]+(?=[\u4e00-\u9fff]|\d{1,2}月\d{1,2}日)/
/** `【通讯员 李丽娟 石梦瑶】为进一步…`: a lead opening with its credit in square brackets. */
// (（某某电台特约记者甲报导）: the medium may open the brackets, before the role.)
const BRACKETED_LEAD_CREDIT = /^[【\[(（](?:[\u4e00-\u9fff]{2,10}?(?:网|社|报|电台|电视台|在线))?((?:特约记者|记者|通讯员|实习生)\s*[^】\]()（）]{2,40})[】\])）]/
/**
 * Who sends a lead: `法治山西讯`, `四川在线消息`, `中新网牡丹江11月12日电`, `某某网12月16日综合` (本报 and 本网 name no one);
 * `甲晚报 乙网 丙新闻讯`, partners first; `某某云报道:`; `某某网南昌9月26日(甲)`, a medium's dateline with no 电 before its credit.
 */
const LEAD_SOURCE = new RegExp(String.raw`^(?:[■●【]\s*)?((?:[\u4e00-\u9fff]{2,10}(?:[—·、-](?=[\u4e00-\u9fff]{2,10}(?:[—·、-]|讯|${DATELINE_DAY}))|(?<=[报网台])[ \u3000]+(?=[\u4e00-\u9fff]{2,10}(?:[ \u3000]|讯))))*)([\u4e00-\u9fff]{2,14}?)(?:${ALIAS_BEFORE_SENT}(?:专讯|讯|消息|报道|(?<=网)电)(?=[\s(（\d】]|$)|(?<=[网报线端道])(?:讯|消息)(?=[:：])|(?<=[\u4e00-\u9fff]{2}[^快简资喜通电短音视新])讯(?=[:：])|报道(?=[:：])|(?<=网|报|在线|客户端)(?=[:：]\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日)|(?:[ \u3000][\u4e00-\u9fff]{1,8})?[ \u3000]?${DATELINE_DAY}(?:[\u4e00-\u9fff]{2,8}?)?(?:[电讯]|消息|综合)|(?<=网|报|社|台|在线)[\u4e00-\u9fff]{0,6}${DATELINE_DAY}(?=[(（](?:特约记者|记者|通讯员|[\u4e00-\u9fff]{2,4}[)）])))`)
/** `某某政法网(通讯员 周伟)`, `【某网】(记者 甲)`, `某某网-某某融媒体中心(记者 甲)`, `某某网:(甲 乙)`, `某某网:(甲)`: a news site or media centre named right before the bracketed credit of its lead. */
// (`[某某新媒体ABC.CN] 9月19日，…`: or a medium in square brackets, its address after its name, before the lead's day.)
const SITE_BEFORE_CREDIT = /^(?:(?:[\u4e00-\u9fff]{2,12}[—·-])?([\u4e00-\u9fff]{2,12}(?:网|在线|客户端|融媒体中心))|【([\u4e00-\u9fff]{1,12}(?:网|在线|客户端))】)(?=[:：]?\s*[(（](?:特约记者|记者|通讯员|[\u4e00-\u9fff]{2,3}[ \u3000]|[\u4e00-\u9fff]{2,3}[)）]))|^[\[【]([\u4e00-\u9fff]{2,12}(?:网|在线|客户端|媒体|融媒|新闻))[A-Za-z0-9.]*[\]】]\s*(?=\d{1,2}月\d{1,2}日|\d{4}年)/
// (综合新闻, 国内新闻: a section's name is no medium's; 新闻客户端, 手机版, 官网, 地方网: nor is a kind of medium alone;
// 本组图片由…摄, 阅读量(): nor words of a credit that end in 由, "by", nor the page's count of readers.)
const NOT_A_SOURCE = /^(本报|本网|本刊|本台|本站|本社|本版|记者|通讯员|简讯|快讯|短讯|消息|据|各位|诸位|广大|全体)|^(?:全|融|新|多)媒体$|^地方(?:网|频道)$|^手机(?:看|读|阅读)新闻$|^(?:综合|国内|国际|社会|本地|地方|时政|图片|视频|要闻|即时|滚动|热点|最新|头条|今日|法治|政法|警务|专题|原创|相关|推荐|热门|更多|精彩|往期|延伸|公司|企业|行业|工作|基层|部门)新闻$|^新闻(?:推荐|排行|热榜)$|^(?:新闻)?(?:客户端|APP|App|网站|官网|手机版|新闻网)$|^(?:移动|手机)(?:客户端|端|版)$|^(?:打开)|下载|扫码|扫一扫|安装|由$|^(?:阅读|浏览|点击|访问)(?:量|数|次数)$|^(?:发布|发表|更新|刊发|上传)(?:于|时间|日期)$/
/** `□ 本报记者 甲 □ 本报通讯员 乙 丙 “…”近日，…`: a bulleted credit, then the lead on the same line after a space (names may be spaced inside, 王 强). (□ 本报通讯员 甲近日，…: or with no space, when the lead opens with a time word.) */
const BULLETED_LEAD_CREDIT = /^[□■●◆▲]\s*((?:(?:本报|本刊)?(?:特约记者|见习记者|实习记者|记者|通讯员|实习生)[ \u3000]+[\u4e00-\u9fff·]{1,4}(?:[ \u3000]+[\u4e00-\u9fff·]{1,4})*[ \u3000]*[□■●◆▲]?[ \u3000]*)+?)(?:[ \u3000]+(?=[“"「『]|[\u4e00-\u9fff]{4,}[，,。])|(?<=[ \u3000][\u4e00-\u9fff]{2,3})(?=近日|近年来|日前|今年以来|去年以来|连日来|记者从|\d{1,2}月\d{1,2}日))/
/** `记者甲 通讯员乙 丙 目前我省…`: a lead opening with its credits, each name set off by a space, before its first words (`《某某》记者甲 乙 …`: the medium's title may open them). */
const OPENING_CREDIT = /^((?:《[\u4e00-\u9fff]{2,12}》)?(?:(?:特约记者|见习记者|实习记者|记者|通讯员|实习生)[ \u3000]*[\u4e00-\u9fff·]{2,3}(?:[ \u3000]+[\u4e00-\u9fff·]{2,3}(?=[ \u3000]))*[ \u3000]+)+)(?=[\u4e00-\u9fff“])/
/** A lead credit's roles, a full-media or converged-media desk's reporter (全媒体记者) among them. */
const LEAD_ROLE = String.raw`(?:特约记者|见习记者|实习记者|(?:全媒体|融媒体|全媒|融媒)?记者|通讯员|实习生)`
/** `本报石家庄12月27日电 记者李卫东 通讯员冀公宣 12月27日，…`: the credit with no brackets, up to the lead's first words. */
const DATELINE_CREDIT = new RegExp(String.raw`^[\u4e00-\u9fff]{0,10}\d{1,2}月\d{1,2}日(?:[\u4e00-\u9fff]{2,8}?)?(?:[电讯]|消息)\s+((?:${LEAD_ROLE}\s*[\u4e00-\u9fff·]{2,9}(?:\s+[\u4e00-\u9fff·]{2,4}(?=\s|$))*(?:\s+|$))+)`)
/** `羊城晚报讯 记者张三，通讯员李四、王五报道：…`, `某某网讯 甲 乙 记者丙报道 …`, `某某网某地讯 全媒体记者 甲 通讯员 乙 丙`, `【某某网讯】记者 甲 报导:` (报导, as Traditional text writes it): an unbracketed credit right after the sender's 讯 (names before the first role are correspondents'). */
const LEAD_PLAIN_CREDIT = new RegExp(String.raw`^(?:\d{4}-\d{1,2}-\d{1,2}\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*)?【?[\u4e00-\u9fff]{2,14}?(?:讯|消息)】?\s*((?:[\u4e00-\u9fff]{2,3}[ \u3000]+){0,4}(?:${LEAD_ROLE}\s*[\u4e00-\u9fff·]{2,4}(?:[、\s][\u4e00-\u9fff·]{2,4})*?[,，、\s]*)+?)(?:报[道导])?(?:[：:,，]|报[道导]\s|$)`)
/** `某某商报·某某新闻网 张三`: the papers of a reporter, then the reporter (or two or three), alone on a line. */
// (某某政法融媒体中心 甲: a media centre signs so too; 某某委网站 甲 乙: and a body's website.)
// (某某日报客户端某地频道 甲 乙: a paper's app and its channel of a place, and the reporters after it.)
const PAPER_OF_BYLINE = String.raw`[\u4e00-\u9fff]{2,10}?(?:日报|晚报|商报|早报|时报|新闻网|网站|电视台|在线|融媒体中心|报|网)(?:客户端)?(?:[\u4e00-\u9fff]{2,6}频道)?`
const PAPER_BYLINE = new RegExp(String.raw`^((?:${PAPER_OF_BYLINE}[·・\s]*)+)\s+([\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){0,2})$`)
/** The first paper of such a line, the one its reporters serve in. */
const FIRST_PAPER_OF_BYLINE = new RegExp(`^${PAPER_OF_BYLINE}`)
/** `南都记者 陈宝成 实习生 张志婧 北京报道 …`: a credit that opens the lead and ends with where it was reported. */
const INLINE_CREDIT = /^[\u4e00-\u9fff]{0,6}?((?:(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff·]{2,4}\s+)+)[\u4e00-\u9fff]{2,6}报道/
/** `某某网某地2月6日电 题:… 作者 甲 乙 某局…`: a wire's dateline, the piece's title and its authors, then the lead after a space. */
const WIRE_TITLED_CREDIT = /^[\u4e00-\u9fff]{0,12}\d{1,2}月\d{1,2}日电\s*题[:：][^\n]{2,80}?\s作者\s*[:：]?\s*([\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){0,3}?)[ \u3000]+(?=[\u4e00-\u9fff“]{5})/
/** `本报讯`, `本报济南讯`, and the wire dateline `本报济南11月3日电` (or `…日讯`). */
const WIRE_LEAD = /^(?:本报讯|本报[\u4e00-\u9fff]{2,6}讯|[\u4e00-\u9fff]{2,6}讯\s|[\u4e00-\u9fff]{0,10}(?:[ \u3000]+[\u4e00-\u9fff]{1,8})?[ \u3000]?\d{1,2}月\d{1,2}日(?:[\u4e00-\u9fff]{2,8}?)?(?:[电讯]|消息))/
/** A news lead: the first clause says when or whence (台州市公安局近日破获…, 记者从…获悉). */
const NEWS_LEAD = /^[^,，。]{0,24}(近日|日前|记者从[^,，。]{1,20}获悉)/
/** `曹荣康 敏捷 张静波 摄`, `韩斌摄`, `本报记者 王祯 摄`. */
/** A photographer's name: two to four characters, or a transliterated one (a caption's words are longer). */
// (于 婷摄: a name of two or three characters written with a space inside, right before 摄.)
const PHOTO_NAME = '(?:[\\u4e00-\\u9fff][ \\u3000]{1,2}[\\u4e00-\\u9fff]{1,2}(?=\\s*摄)|[\\u4e00-\\u9fff]{2,4}(?=[\\s●•·、]|摄)|[\\u4e00-\\u9fff]{2,6}·[\\u4e00-\\u9fff·]{2,8})'
const PHOTO_CREDIT = new RegExp(`^(?:(?:本报)?${ROLE_WORDS}[\\s●•·]*)?((?:${PHOTO_NAME}[\\s●•·、]+)*${PHOTO_NAME})\\s*摄(?:影)?$`)
/**
 * `…开展夜巡。齐然 摄。`: a photographer credited after a caption's last sentence (and a note that the picture is an archive one, `(资料图片)`).
 * (`…巡逻。 □ 本报记者 甲 文/图`: a reporter of the words and the picture alike, after a mark.)
 */
const CAPTION_CREDIT = new RegExp(`(?:[。！!]\\s*(?:[□■●]\\s*)?(?:[\\u4e00-\\u9fff]{2,8}?${ROLE_WORDS}\\s*|[\\u4e00-\\u9fff]{1,6}?(?:网|社|报|台)发\\s*)?|\\s+(?:[\\u4e00-\\u9fff]{2,8}?${ROLE_WORDS}\\s*)?|[(（](?:${ROLE_WORDS}\\s*)?)((?:${NAME}[\\s、]+)*${NAME})\\s*[/／]?(?:摄(?:影)?|供图|文\\s*[/／]\\s*图)(?:报道)?(?:\\s*[/／]\\s*[\\u4e00-\\u9fff]{2,8})?[)）]?[。.]?(?:\\s*[(（](?:资料图片|资料图|资料照片)[)）])?$`)
/** True when who gave a picture (…供图) is a body, named with its place, level or kind, or words of the language stand among the names. */
function givenByBody(giver: string): boolean {
  const joined = giver.replace(/\s+/g, '')
  return gazetteer().at(joined, 0) !== undefined || /^[省市县区]/.test(joined) || UNIT_SUFFIX_ENDINGS.longestEndingAt(joined, joined.length) !== undefined || /(公安|交警|警方|民警|法院|检察院|[局所队院委办])$/.test(joined) || giver.trim().split(/\s+/).some(isOrdinaryWord)
}
/** `…山野景色 摄影:张三`: a caption whose photographer is credited after it with a colon. */
const CAPTION_NAME = /[。！!][ \u3000]+([\u4e00-\u9fff]{2,3})$/
// (…暂停。(摄影/张三), …暂停。 摄/张三: or with a slash, in brackets or not.)
// (…民警入户宣传 摄影 甲: or after a space, with no colon, a name of two to four characters closing the line.)
const CAPTION_PHOTOGRAPHER = /(?:\s摄影?\s*[:：\/／]|[(（]摄影?\s*[\/／:：]|\s摄影\s+(?=[\u4e00-\u9fff]{2,4}$))\s*([\u4e00-\u9fff·]{2,8})[)）]?$/
/** `…。(稿源:某某公安局 通讯员:甲 乙)`: the credit closing a piece, with its source and a role before the names. */
const TRAILING_KEYED_CREDIT = /[(（](?:稿源|来源|供稿)\s*[:：]\s*[^()（）:：]{2,24}?\s+((?:通讯员|记者|作者)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4}){0,4})\s*[)）]\s*$/
/**
 * `……。（明水县司法局明新司法所 宣丙东）`, `(某市海警局 甲 乙)`, `(某报社某地记者站 甲 | 乙、丙)`: the writers' own body and names closing the piece.
 * (`(驻某局纪检组 甲)`: a group the discipline body keeps in a bureau is read by the bureau's name, which the article's
 * division completes; 驻, "kept in", is left out.)
 */
const TRAILING_UNIT_AUTHOR = /[(（]驻?([\u4e00-\u9fff]{4,30}?(?:局|所|院|队|委|中心|办|站|部|庭|科|处|馆|网|纪检组|纪检监察组))[\s\u3000]+([\u4e00-\u9fff]{2,4}(?:[\s\u3000、|｜]+[\u4e00-\u9fff]{2,4}){0,3})[)）]\s*$/
/** `……。(张建军)` at the end of a paragraph, or alone on a line; a page's separator (` |`) may follow. */
const TRAILING_MEDIA_CREDIT = /[(（]([\u4e00-\u9fff·・]{2,24}\s?(?:记者|通讯员)[\/／:：][\u4e00-\u9fff][^()（）]{1,60})[)）][\s|｜]*$/
/** `…。(某某法治报全媒体记者 甲 通讯员 乙)`, `(丙 丁 某某法治报全媒体记者 甲)`: a closing credit naming the paper before its reporter's role, with spaced names (before the paper, its correspondents'). */
const TRAILING_PAPER_CREDIT = /[(（]((?:[\u4e00-\u9fff·]{2,4}[ \u3000]+){0,4}[\u4e00-\u9fff]{2,12}?(?:全媒体记者|融媒体记者|记者)\s*[\u4e00-\u9fff·]{2,4}(?:\s+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,4}){0,5})[)）][\s|｜]*$/
/**
 * `…。(记者 甲)`, `(甲 乙)`, `(文 甲)`: a closing credit of names; `(甲 乙 丙 摄影 丁 戊)`: up to six pieces, the
 * photographers' role among them; `(记者 甲 通讯员 乙 丙 丁 戊)`: with roles, up to eight pieces.
 */
const TRAILING_AUTHOR = /[(（]((?:(?:记者|通讯员|文)\s*)?[\u4e00-\u9fff·]{2,8}(?:\s*[/／]\s*[\u4e00-\u9fff·]{2,4}|[\s●、][\u4e00-\u9fff·]{2,8}|\s[\u4e00-\u9fff] [\u4e00-\u9fff](?=[\s)）])){0,5}|(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:\s+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,4}){4,7})[)）][\s|｜]*$/
/**
 * The keys of a credit that says who wrote, took the pictures, drew the charts or checked a piece (撰稿人：, 文/, 图/, 制图/, 审核人：),
 * or, for an account told in the first person, who told it and who wrote it down (讲述：, 整理：).
 */
const CREDIT_ROLE_KEY = '(?:撰稿人?|撰文|供稿|图文|文图|文|制图|绘图|图|摄影|审核人?|编辑|责编|讲述人?|口述|整理)'
/** One key and the names after it (文/甲 乙, 图：丙, 审核人：丁). */
const KEYED_NAMES = new RegExp(`(${CREDIT_ROLE_KEY})\\s*[:：\\/／]\\s*([\\u4e00-\\u9fff·]{2,4}(?:[ \\u3000]+(?!${CREDIT_ROLE_KEY}\\s*[:：\\/／])[\\u4e00-\\u9fff·]{2,4})*)`, 'g')
/**
 * `文/甲 乙 图/丙`, `（撰稿人：甲 审核人：乙）`, `（图：丙）`: a credit of keyed roles alone, on a line or closing a paragraph in brackets.
 * (`□讲述：甲（某派出所民警） 整理：乙 丙`: a bullet may open it, and a note in brackets say who a teller is.)
 */
const KEYED_CREDITS = new RegExp(`^[□■●◆▲]?\\s*(?:${CREDIT_ROLE_KEY}\\s*[:：\\/／]\\s*[\\u4e00-\\u9fff·]{2,4}(?:[ \\u3000]+[\\u4e00-\\u9fff·]{2,4})*(?:[(（][^()（）]{2,30}[)）])?[ \\u3000]*)+$`)
/** A line of two keyed roles or more and their names alone (文/甲 乙 图/丙). */
const isKeyedCreditLine = (t: string): boolean => KEYED_CREDITS.test(t.trim()) && allMatches(t, KEYED_NAMES).length >= 2
const TRAILING_KEYED_CREDITS = new RegExp(`[(（](${KEYED_CREDITS.source.slice(1, -1)})[)）][\\s|｜]*$`)

/** The people a credit of keyed roles names: writers (文, 撰稿), photographers (图), and staff who checked it, who wrote nothing. */
function keyedCredits(inner: string, offset: number, source: string): BylineName[] {
  return allMatches(inner, KEYED_NAMES).flatMap((m) => {
    const role = /^(图|摄影)$/.test(m[1]!) ? '摄影' : /^(制图|绘图)$/.test(m[1]!) ? '制图' : /^(审核|审核人|编辑|责编)$/.test(m[1]!) ? '编辑' : '作者'
    return names(m[2]!, role, offset + m.index + m[0].length - m[2]!.length, source)
  })
}

/** `(记者:甲/编辑:乙/一审:丙)`, `(记者:甲)`: a closing credit of roles, each keyed and set off by slashes. */
const KEYED_ROLE = '(?:记者|通讯员|编辑|责编|摄影|摄像|一审|二审|三审|终审|审核|校对|制作)[:：][\\u4e00-\\u9fff·]{2,4}'
const TRAILING_KEYED_SLASHES = new RegExp(`[(（]((?:${KEYED_ROLE}[\\/／]){0,6}${KEYED_ROLE})[)）][\\s|｜]*$`)
/** `……。（某某日报记者 张三/文 李四/图）`: names each with 文 or 图 after a slash, the paper and role before them. */
const TRAILING_SLASH_CREDIT = /[(（]((?:[\u4e00-\u9fff]{2,10}?(?:记者|通讯员))?\s*[\u4e00-\u9fff·]{2,4}\s*[/／]\s*[文图](?:\s+[\u4e00-\u9fff·]{2,4}\s*[/／]\s*[文图])*)[)）][\s|｜]*$/

/** `甲/文 乙/图`: a line of names, each with 文 or 图 after a slash, the writer's and the photographer's. */
const SLASH_CREDIT_LINE = /^[□■●◆▲]?\s*(?:[\u4e00-\u9fff·]{2,4}\s*[/／]\s*[文图]\s*)+$/
/** `甲 乙 文/图`: names set off by spaces, then who did what (文, 文/图, 图文). */
const NAMES_THEN_ROLE = /^[□■●◆▲]?\s*((?:[\u4e00-\u9fff·]{2,4}\s+)+)(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图|图文|文)$/
/** `甲 摄影 乙 制图`: each name with what it made after it, set apart by spaces. */
const NAME_WITH_ROLE = /([\u4e00-\u9fff·]{2,4})[ \u3000]+(?:摄影|摄像|制图|绘图|撰文)/g
const NAMES_EACH_WITH_ROLE = new RegExp(`^[□■●◆▲]?\\s*(?:${NAME_WITH_ROLE.source}[ \\u3000]*)+$`)

/** A site's or paper's name alone on a banner line (青岛新闻网, 某某日报, 某某法治报). */
const SITE_BANNER = /^[\u4e00-\u9fff]{2,10}(?:日报|晚报|法制报|法治报|时报|新闻网|长安网|政法网|法治网|在线)$/

/** A byline, then the paper and the date and page of its print edition (…记者 张 洋《 人民日报 》( 2016年11月16日 17 版)). */
const PRINT_CREDIT = /^((?:本报)?(?:记者|通讯员)[\s\u4e00-\u9fff·]{2,30}?)\s*《\s*([\u4e00-\u9fff]{2,10})\s*》\s*[(（][^()（）]{0,30}版\s*[)）]\s*$/

/** A site's trail of channels (滁州长安网>> 基层风采>>正文, 某某新闻 > 要闻 > 正文; a section's 国内新闻 names no medium). */
const SITE_TRAIL = /^(?:[·•]\s*)?([\u4e00-\u9fff]{2,10}(?:网|在线|客户端|(?<=[\u4e00-\u9fff]{2})新闻))(?:首页)?\s*(?:>>|>|»|›)/
/** A portal's trail that opens at its front page (某某首页 > 某某号 > 正文): the portal. */
const PORTAL_FRONT_PAGE = /^(?:[·•]\s*)?([\u4e00-\u9fff]{2,6})首页\s*(?:>>|>|»|›)/
/** 您所在的位置:某某信息港 > 资讯中心: the first step of a trail after its key, the site itself, whatever its name ends in. */
const FIRST_STEP_SITE = new RegExp(`^(?:${WHERE_THE_PAGE_STANDS})\\s*[:：]\\s*([\\u4e00-\\u9fff]{2,10})\\s*(?:>>|>|»|›)`)
/** Steps of a trail that name a part of a site, no site (网站首页, 主页, 新闻中心, 本站). */
const NOT_A_SITE = /^(?:网站|本站|返回|回到|主站|主页|新闻|资讯|信息)|(?:中心|频道|栏目|首页|正文|新闻)$/
/** A page's trail of where it stands (您当前的位置：…, 本页位置：…), and the sites (…网) named as its steps. */
const TRAIL_START = new RegExp(`^${TRAIL_MARK}(?:${WHERE_THE_PAGE_STANDS})\\s*[:：>]`)
const TRAIL_SITE = /(?:[:：]|>>|>|»|›)\s*([\u4e00-\u9fff]{2,10}(?:网|在线)(?:[\u4e00-\u9fff]{2,6}频道)?)(?=\s*(?:>>|>|»|›|$))/g
/** 当前位置：某某晚报数字版, 某某日报电子版: the paper an e-paper's page belongs to. */
const EPAPER_OF = /^(?:(?:当前位置|您现在的位置|当前报纸名称|报纸名称)\s*[:：]\s*)?([\u4e00-\u9fff]{2,10}(?:日报|晚报|法制报|法治报|时报|报))\s*(?:数字报纸?|电子报|电子版|数字版)/
/** ©2012-2026 某某网版权所有, 某某网 版权所有: the site a copyright line names (a unit, not always the piece's sender). */
const COPYRIGHT_HOLDER = /^(?:Copyright\s*)?(?:©|\(c\))?\s*[\d\s\-–—]*\s*([\u4e00-\u9fff]{2,12}(?:网|在线|日报|晚报|报社|法治报|法制报|电视台|客户端))\s*版权所有/i

/** Where a masthead line's words are set off from each other: spaces, brackets, dashes, bars, dots, colons and figures. */
const SET_OFF = /[\s【】\[\]()（）<>《》|｜\-—–·・:：/\d.,，]+/
/** A medium's name (某某网, 某某日报, 某某新闻, 某某客户端) or a media group's (…报业集团旗下媒体), then at most the page's section (要闻, 第3版: set off by figures). */
const MEDIUM_SET_OFF = new RegExp(`^[年月日]?([\\u4e00-\\u9fff]{1,10}?(?:日报|晚报|报|网|在线|客户端|社|电视台|卫视|杂志|周刊|周末|(?<=[\\u4e00-\\u9fff]{2})新闻|${MEDIA_GROUP_KIND}))(?:报业集团出版|要闻|头版|版次|频道|旗下媒体|旗下网站|[\\u4e00-\\u9fff]{2}站)?$`)

/** A step of a page's trail (首页 > 新闻中心 > 本地新闻): its words are channels, no media. */
const TRAIL_STEP = /\s(?:>>|>|»|›)\s/

/** Words that end like a medium's name and name none (情报, 通报, 互联网, 要闻). */
const NOT_A_MEDIUM = /^(?:情报|通报|举报|简报|海报|公报|汇报|回报|上报|预报|警报|电报|快报|日报|晚报|周报|画报|报社|互联网|局域网|电网|天网|法网|上网|联网|官网|外网|内网|全网|本网|新闻|要闻|公社|社)$/

/**
 * 南海网 http://…, 【某网】某某站, 某某网-某某日报, 日期：… -- 某某报 -- 版次：…: the media a masthead line names,
 * each set off from the line's other words, when no pattern of a masthead says which medium publishes the page.
 */
function mediaSetOff(p: Paragraph): NewsSource[] {
  const out: NewsSource[] = []
  // (A site's menu names its channels, 警讯播报, 图片在线: no medium.)
  if (SITE_MENU.test(p.text)) return out
  let at = 0
  // (某地> 某地新闻> 正文: in a page's trail only the first step may be a site; the others are its channels.)
  const parts = p.text.split(SET_OFF)
  for (const part of isTrail(p.text) ? parts.slice(0, 1) : parts) {
    at = p.text.indexOf(part, at)
    const name = MEDIUM_SET_OFF.exec(part)?.[1]
    const start = part.indexOf(name ?? '')
    // (未成年人检察情况通报: a section's heading that names a report is no medium.)
    if (name && name.length >= 2 && !NOT_A_SOURCE.test(name) && !NOT_A_MEDIUM.test(name) && !NEWS_REPORT.test(name)) out.push({ name, span: { start: p.start + at + start, end: p.start + at + start + name.length } })
    at += part.length
  }
  return out
}

/** Who the credits name as correspondents (通讯员): they serve elsewhere than the paper, even where a credit line calls them authors. */
export const correspondentsOf = (bylines: readonly BylineName[]): Set<string> => new Set(bylines.filter((b) => b.role === '通讯员').map((b) => b.name))

/** Words of time a lead opens with, right after an unbracketed credit. */
const LEAD_TIME = /^(日前|近日|近期|近来|昨日|昨天|今日|今天|前日|前天|当天|当日|目前|日内|今年|去年|年初|本月|上月|本周|上周)$/

/** A press agency (某某社), as a wire's dateline or a reporter's credit names it; no other body is called 社 there. */
const WIRE_AGENCY = /^[\u4e00-\u9fff]{1,4}(?<!合作|公)社$/
/** A paper, site, station or press agency written before a reporter's role. */
const isPressName = (name: string): boolean => MEDIA_NAME.test(name) || WIRE_AGENCY.test(name)

const TERMINAL = /[。!?！？;；,，、:：]$/

/** A credit's key spaced out letter by letter (记 者, 责 编, 一 审, 通 讯 员), at the start of its line. */
const SPACED_KEY = /^(?:[\u4e00-\u9fff][ \u3000]+){1,3}[\u4e00-\u9fff](?=[ \u3000]*[|｜:：])/
/** The keys a credit line may open with: who wrote it, took its pictures, edited or checked it, where it came from. */
const CREDIT_LINE_KEYS = `${ROLE_WORDS}|${STAFF_ROLE}|责任编辑|来源`
const CREDIT_LINE_KEY = new RegExp(`^(?:${CREDIT_LINE_KEYS})$`)
/** A credit's key in square brackets, then its value, bracketed too or not (【记者】【甲】, 【来源】 某某网). */
const BRACKETED_KEY = /^【(记者|通讯员|作者|编辑|责任编辑|责编|来源|摄影)】(\s*【?)([^【】]{2,30}?)】?\s*$/
/** A reporter's key set off from the names by a bar (记者|甲, 通讯员｜乙 丙). */
const BARRED_ROLE_KEY = new RegExp(`^(${ROLE_WORDS})([ \\u3000]*)[|｜]`)

/**
 * `记 者|甲`, `【记者】【甲】`: a credit line's key written spaced out, set off by a bar or bracketed, read as
 * `记者：甲`; the names keep their offsets.
 */
function creditKeyWritten(line: string): string {
  // 【记者】【甲】, 【来源】 某某网: a key in square brackets, and the name after it bracketed too or not.
  const bracketed = BRACKETED_KEY.exec(line)
  // (The closing bracket is dropped: the name keeps its offset, the line only ends sooner.)
  if (bracketed) return `${bracketed[1]}${' '.repeat(bracketed[2]!.length + 1)}：${bracketed[3]}`
  const spaced = SPACED_KEY.exec(line)?.[0]
  const key = spaced?.replace(/[ \u3000]/g, '')
  // (The key closes up and the spaces follow it, so every name keeps its offset.)
  const closed = spaced && CREDIT_LINE_KEY.test(key!) ? key + ' '.repeat(spaced.length - key!.length) + line.slice(spaced.length) : line
  return closed.replace(BARRED_ROLE_KEY, (_, k: string, gap: string) => `${k}${gap}：`)
}

/** A list's bullet and the spaces after it, opening a line. */
const LIST_BULLET = /^(?:[•▪‣◦]|[-－](?=\s))\s*/
/** A credit's key and its colon (来源:, 编辑:, 作者:), after a bullet. */
const BULLETED_CREDIT = new RegExp(`^(?:${CREDIT_LINE_KEYS}|时间|日期|发布时间)\\s*[:：]`)

const STAFF_CREDITED = new RegExp(`^${STAFF_ROLE}[:：]([\\u4e00-\\u9fff·]{2,4})?$`)
/** (A line opening with a staff role and its colon; asked of every line, before anything reads the whole of it.) */
const OPENS_WITH_STAFF_ROLE = new RegExp(`^${STAFF_ROLE}[:：]`)
const REPORTERS_ROLE = new RegExp(`^[\\u4e00-\\u9fff]{0,10}?${ROLE_WORDS}$`)
/**
 * 统筹:甲 执行统筹:乙 某报记者 丙 丁 通讯员 戊 开栏语 某某…: a page whose credits and first paragraph were
 * run into one line. Where each staff credit, the reporters' byline and the body start (after the
 * first), so that each is read as if on a line of its own; none when the line is not so made.
 */
function creditsRunIntoBody(line: string): number[] {
  // (A line opening with the reporters' byline and running on into the lead is read as a lead with its credit; one
  // whose first token is a staff role with more than a name after it, the loop below gives up on.)
  if (!OPENS_WITH_STAFF_ROLE.test(line) || line.length < 40 || !/[，,。]/.test(line)) return []
  const cuts: number[] = []
  let named = false
  let wantsName = false
  let reporters = false
  for (const m of allMatches(line, /[^ \u3000]+/g)) {
    const token = m[0]
    const at = m.index ?? 0
    const staff = STAFF_CREDITED.exec(token)
    if (staff) {
      if (wantsName) return []
      if (at > 0) cuts.push(at)
      wantsName = staff[1] === undefined
      named ||= staff[1] !== undefined
      reporters = false
    } else if (REPORTERS_ROLE.test(token)) {
      if (wantsName) return []
      // (记者 甲 通讯员 乙: the roles of one byline stay on its line.)
      if (at > 0 && !reporters) cuts.push(at)
      wantsName = true
      reporters = true
    } else if (token.length <= 4 && isPersonsName(token) && (wantsName || named)) {
      wantsName = false
      named = true
    } else {
      // The body: what is left must be one, run on after credits that each named someone.
      if (at === 0 || wantsName || !named || line.length - at < 30 || !/[，,。]/.test(line.slice(at))) return []
      return [...cuts, at]
    }
  }
  return []
}

export function paragraphs(text: string, headingLevels: ReadonlyMap<number, number>): Paragraph[] {
  const out: Paragraph[] = []
  let start = 0
  for (const line of text.split('\n')) {
    // (• 编辑:甲: a list's bullet before a credit is no part of what the credit says; a bullet before
    // anything else marks a list of the site's other pieces, set aside as masthead.)
    const trimmed = line.trim()
    const unbulleted = trimmed.replace(LIST_BULLET, '')
    const credit = unbulleted !== trimmed && BULLETED_CREDIT.test(unbulleted)
    const lead = line.length - (credit ? unbulleted : line.trimStart()).length
    const body = creditKeyWritten(credit ? unbulleted : trimmed)
    if (body) {
      const level = headingLevels.get(start) ?? 0
      const cuts = [...creditsRunIntoBody(body), body.length]
      cuts.forEach((end, k) => {
        const from = k === 0 ? 0 : cuts[k - 1]!
        const piece = body.slice(from, end).trimEnd()
        out.push({ start: start + lead + from, end: start + lead + from + piece.length, text: piece, level })
      })
    }
    start += line.length + 1
  }
  return out
}

type Kind = 'masthead' | 'credit' | 'byline' | 'photo' | 'subtitle' | 'kicker' | 'heading' | 'body'

/** (出品：甲 乙: who made a video or feature, named as people, are its staff, read with them.) */
const SITE_SPONSORS = /^(?:主管主办|指导协办|主管|主办|承办|协办|出品(?!人?\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})*$)|运营)(?:单位)?\s*[:：]/

/** 本报讯(记者 甲 通讯员 乙), 某某网讯(…), `□ 本报记者 甲 □ 本报通讯员 乙`: a lead's sender and credit before its first words. */
const CREDIT_BEFORE_LEAD = new RegExp(String.raw`^(?:[\u4e00-\u9fff]{0,14}?(?:讯|电|消息)\s*[(（][^()（）]{2,40}[)）]|${BULLETED_LEAD_CREDIT.source.slice(1)})\s*`)

const BARRED_ROLE_NAME = new RegExp(`^[\\u4e00-\\u9fff]{0,12}?${ROLE_WORDS}\\s*[|｜]\\s*${NAME}\\s*$`)

/** 本文首发于某某周末: the medium a piece first ran in. */
const FIRST_RAN_IN = /^本文(?:首发|首刊|原载|刊发)于\s*《?([\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网|在线|客户端|周末|周刊|杂志|新闻))》?(?=[\s，,。]|$)/

/** 某某报业集团主管 《某某报》官方网站: a media group that runs a site, named over the page. */
const GROUP_RUNNING_SITE = new RegExp(`^\\s*([\\u4e00-\\u9fff]{2,12}${MEDIA_GROUP_KIND})(?:主管|主办)[ \\u3000]+《?[\\u4e00-\\u9fff]{2,16}》?(?:官方网站|官网|网站)\\s*$`)

/** 某某标题-新华网: the site a page's title line names after its headline. */
const PAGE_TITLE_SITE = /[-_|｜—–]\s*([\u4e00-\u9fff]{2,10}(?:网|在线|客户端))$/

/** (资料图片仅供参考): a note on a picture, alone on its line. */
const PICTURE_NOTE = /^[(（](?:资料图片|资料图|网络图片|配图|图片)(?:仅供参考|来源于?网络)?[)）]$/
/** (引题), (主题): an editor's mark of which part of a headline a line is. */
const HEADLINE_PART = '[(（](?:引题|主题|副题|肩题|眉题)[)）]'
const HEADLINE_PART_MARK = new RegExp(`${HEADLINE_PART}$`)
/** (原标题：…): a reprint names the headline it first ran under, which is its headline. */
const ORIGINAL_TITLE = new RegExp(`^[(（]?原[标標][题題]\\s*[:：]\\s*([^()（）]{4,60}?)(?:${HEADLINE_PART})?[)）]?$`)

/** □金丽准: a box, then a name alone. */
const BOXED_NAME = /^[□■]\s*[\u4e00-\u9fff·]{2,4}$/

/** A column a reporter writes in their own voice, its name after the role (记者手记, 记者观察, 编后). */
const REPORTERS_COLUMN = /^[□■●◆▲]?\s*(?:记者|编者|编辑)\s*(?:手记|观察|调查|感言|札记|探访|再访|走访|体验|直击|见闻|实录|点评|后记|的话)$/

/** Reporters or correspondents counted at a line's opening: a column's name (百名记者走基层), no credit. */
const COUNTED_REPORTERS = /^[\u4e00-\u9fff]{0,4}?(?:[\d一二三四五六七八九十百千万两数多几]+|众多|广大)[名位个](?:记者|通讯员|编辑)/

function kindOf(p: Paragraph): Kind {
  // (…编辑:甲 2021-12-28 12:48 | |: empty pieces a page's bar leaves at a line's end are no part of it.)
  const t = p.text.replace(/(?:[ \u3000]*[|｜])+[ \u3000]*$/, '')
  if (ORIGINAL_TITLE.test(t)) return 'heading'
  // 主办：中共某某省委政法委员会 承办：某某法治报: who runs the site, bodies to read, never a headline.
  if (SITE_SPONSORS.test(t)) return 'body'
  if (creditPieces(t)) return 'credit'
  // 某某周末记者 | 甲: a medium's reporter and the name set apart by a bar, the line's only one, is a byline.
  if (t.length <= 30 && BARRED_ROLE_NAME.test(t)) return 'byline'
  // (蒋 平 郑 洁 姜梦云: a line of names, some spaced inside, may look like a menu of short words.)
  if (isMasthead(t) && !(t.length <= 30 && isLineOfNames(t))) return 'masthead'
  // 2024-11-23某某网, 2019年06月19日 01:30 某某网 作者 某某: the day a page went out and the medium that put it out.
  if (DATED_MEDIUM.test(t)) return 'masthead'
  // 记者手记, 记者观察: a column of the reporter's own, its name after the role, is no byline.
  if (REPORTERS_COLUMN.test(t)) return 'body'
  // 百名记者走基层 | …: reporters counted (百名, 多名, 两位) are the subject of a column's or a headline's words, no credit.
  if (COUNTED_REPORTERS.test(t)) return 'body'
  // 记者从省公安厅获悉，…: a sentence that opens with 记者 is no byline, which never holds a clause mark.
  // 来源：区委政法委 names the body a piece comes from; only role words (来源：记者 李斐) make it a byline.
  if (t.length <= 60 && BYLINE.test(t) && !/[,，。!?！？;；]/.test(t) && !(/来源[:：]/.test(t) && !HAS_ROLE.test(t))) return 'byline'
  if (t.length <= 60 && PRINT_CREDIT.test(t)) return 'byline'
  // 时间:… | 记者:甲 | 编辑:乙: a line of pieces set off by bars, one keyed by a reporter's role.
  if (t.length <= 80 && isBarredByline(t)) return 'byline'
  // 文/甲 乙 图/丙: a line of keyed roles alone, two keys or more.
  if (t.length <= 60 && isKeyedCreditLine(t)) return 'byline'
  // 甲/文 乙/图, 甲 乙 文/图: names with their roles after them.
  if (t.length <= 40 && (SLASH_CREDIT_LINE.test(t) || NAMES_THEN_ROLE.test(t)) && allMatches(t, /[\u4e00-\u9fff·]{2,4}/g).every((n) => /^[文图]/.test(n[0]) || isWholeName(n[0]))) return 'byline'
  // 甲 摄影 乙 制图: each name with what it made.
  if (t.length <= 40 && NAMES_EACH_WITH_ROLE.test(t) && allMatches(t, NAME_WITH_ROLE).every((n) => isWholeName(n[1]!))) return 'byline'
  // 甲    2022-09-20 10:28:02    某某日报: the writer, the time and the paper under a site's headline.
  if (t.length <= 50 && isNameTimeMedium(t)) return 'byline'
  // 某某日报 数字报纸: a word after the paper is no reporter's name.
  const paperByline = t.length <= 40 ? PAPER_BYLINE.exec(t) : null
  if (paperByline && paperByline[2]!.split(/[ \u3000]+/).every(isSignOff)) return 'byline'
  if (t.length <= 30 && isLineOfNames(t)) return 'byline'
  // □金丽准: a writer's name alone after a box, on a line of its own, signs the piece.
  if (BOXED_NAME.test(t) && isSignOff(t.replace(/^[□■]\s*/, ''))) return 'byline'
  if (t.length <= 40 && PHOTO_CREDIT.test(t)) return 'photo'
  // 淮阳龙湖 资料图, …检查 受访者供图: a caption credited to an archive or a source is no headline.
  if (t.length <= 40 && /(?:资料图|资料图片|资料照片|供图)[)）]?$/.test(t)) return 'body'
  // 甲(右一)等10位调解员获…称号: a caption that places people in the picture is no headline either.
  if (t.length <= 80 && PLACED_IN_PICTURE.test(t)) return 'body'
  if (t.length <= 60 && CAPTION_PHOTOGRAPHER.test(t) && !/[。!?！？]/.test(t)) return 'photo'
  if (/^(——|--|—)/.test(t) && t.length <= 60) return 'subtitle'
  if (t.length <= 50 && t.endsWith('——')) return 'kicker'
  // ▲某支队民警走访商户, ◆…签约仪式: a line opened by a picture's pointer is its caption, no headline.
  if (/^[▲◆△▼]/.test(t)) return 'body'
  // 新华社昆明5月22日电 题：…: a wire's dateline opens the lead, even where it repeats the headline.
  if (t.length <= 40 && !TERMINAL.test(t) && !/[。!?！？]/.test(t) && !/^[(（].*[)）]$/.test(t) && !WIRE_LEAD.test(t)) return 'heading'
  return 'body'
}

/** 甲    2022-09-20 10:28:02    某某日报: a site's line under the headline, the writer, the time and the paper. */
const NAME_TIME_MEDIUM = /^([\u4e00-\u9fff·]{2,4})[ \u3000]{2,}\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \u3000]+([\u4e00-\u9fff]{2,10}?(?:日报|晚报|报|网|在线|客户端)))?$/
const isNameTimeMedium = (t: string): boolean => {
  const m = NAME_TIME_MEDIUM.exec(t)
  return m !== null && isSignOff(m[1]!)
}

/** A line of the day (and hour) a page went out and the medium alone, or with the account it credits as author (a text-size widget, 【字体:, may close it). */
const DATED_MEDIUM = /^\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[\u4e00-\u9fff]{2,10}?(?:网|报|在线|客户端|新闻)(?:\s+作者\s*[\u4e00-\u9fff]{2,10})?\s*(?:【\s*字[体号]\s*[:：]?\s*)?$/

/** The keys of a page's credit line: where it comes from, who wrote and edited it, when it went out. */
const CREDIT_KEY = /(?:本文|稿件|文章|新闻|信息|消息|本站|本网)?(?:来源于|来源|稿源|转自|出处|作者|文字|责任编辑|网络编辑|网编|(?:编稿|发稿|发布|发表|更新|录入|上传|刊发|撰稿)(?:时间|日期)|编辑|责编|选稿|制作|审核|校对|录入|[一二三终]审|时间|日期)\s*[:：]\s*/g
/** Keys of a credit line for the page's staff, who choose, edit, make or check it (they wrote nothing). */
const STAFF_KEY = /编辑|责编|选稿|制作|审核|校对|录入|[一二三终]审/
const SOURCE_KEY = /^(?:本文|稿件|文章|新闻|信息|消息)?(?:来源|稿源|转自|出处)/
/** A contact after a credit's value, set off by a space (甲 某网新闻热线:…). */
const CONTACT_AFTER_VALUE = /\s+\S*?(?:热线|电话|传真|邮箱)\s*[:：].*$/
/** What may stand before a credit line's first key: a time of publication, bars. */
// (新闻眼|来源:…: a column's label set off by a bar may open it too.)
// (某某优居 2024-06-26 21:52:10 来源:…: a site's name may open it before the time, set off by a space; 2018-03-28
// 10:17:18 甲 来源:…: and the writer's name follow the time.)
// (21-01-14 20:23: the year may be written with two figures; www.某某.com 2019-03-05 …: a site's address may open it;
// 2023-12-27 14:09:34原创: and the time be marked as the site's own piece, or a reprint.)
const CREDIT_LEAD = new RegExp(String.raw`^[\s|｜(（]*(?:[\u4e00-\u9fff]{2,6}\s*[|｜]\s*|[\u4e00-\u9fff]{2,8}[ \u3000]+(?=\d{4}[-/年.]))?(?:${SITE_ADDRESS})?(?:(?:\d{4}|\d{2})[-/年.]\d{1,2}[-/月.]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)?(?:\s*(?:原创|转载))?(?:[ \u3000]+[\u4e00-\u9fff·]{2,4})?[\s|｜)）]*$`)
/**
 * What a credited source is called by: a paper, site, station or app (某某新闻, 某某云). Bodies (来源：区委政法委)
 * are left to the unit rules, and a programme's name (某某新闻联播) is no organisation.
 */
const isCreditedMedium = (name: string): boolean => MEDIA_NAME.test(name) || /(新闻|云|杂志)$/.test(name)
/**
 * 来源:长安评论: a source of three characters or more that is no body (bodies are left to the unit
 * rules), no word for an unnamed origin (网络, 综合), no office's pen name (交警宣) and no page of a paper
 * (检察新闻版) is the account or column that published it.
 */
const namedAccount = (name: string): boolean => /^[\u4e00-\u9fff]{3,10}$/.test(name) && !/[公检法司警政]宣$/.test(name) && !/版$/.test(name) && !/(网络|综合|互联网|网友|原创|转载|投稿|整理|编译|点击|打印|互动|分享|收藏|字号|浏览|要闻|本页)/.test(name) && UNIT_SUFFIX_ENDINGS.longestEndingAt(name, name.length) === undefined && gazetteer().at(name, 0)?.length !== name.length
/** A verb of gathering or reprinting after a medium's name (某某网收集, 某某报整理). */
const GATHERED_AFTER_MEDIUM = /(?<=[网报线端台])(?:收集|整理|转载|综合|供稿)$/
/** An account's medium after its name (某某公安微信公众号): not part of the name. */
const ACCOUNT_MEDIUM = /(?:官方)?(?:微信公众号|公众号|微信|微博|官微|抖音号)$/

interface CreditPiece {
  key: string
  value: string
  /** Where the value starts in the line. */
  at: number
}

/**
 * A page's credit line, `来源：某某日报-某某网 责任编辑：张三 发布时间：…`, cut into its keys and values;
 * undefined for any other line. It names a source; a credit of reporters (来源：记者 李四) is a byline.
 */
function creditPieces(written: string): CreditPiece[] | undefined {
  // A long line, or one with a clause mark, is none: asked before the replacements below, which keep the
  // line's length and bring in no clause mark, so most paragraphs are not copied twice for nothing.
  if (written.length > 120 || /[。！？!?，,；;]/.test(written.replace(/[?？]+\s*$/, ''))) return undefined
  // 【稿件来源:…】 【作者:…】 【关闭】: a credit line in square brackets, each piece its own (same offsets).
  // (作者:甲 乙??: marks of characters a page could not show close nothing.)
  // (… 用手持设备访问: a page's link to its mobile version closes no value either.)
  // (来源|某某融媒体中心: a bar right after the key opening the line stands for its colon.)
  const t = written.replace(/^(\s*(?:来源|稿源|出处)\s*)[|｜]/, '$1：').replace(/[【】]/g, ' ').replace(/\s(?:关闭|打印|返回|收藏|用手持设备访问|手机访问|手机阅读)\s*$/, (m) => ' '.repeat(m.length)).replace(/[?？]+\s*$/, (m) => ' '.repeat(m.length))
  if (t.length > 120 || /[。！？!?，,；;]/.test(t)) return undefined
  const keys = allMatches(t, CREDIT_KEY)
  // 作者：某某法院  发布时间：…: a page's author and time with no source make a credit line too (文字:甲 日期:…, its writer).
  const authorAndTime = keys.some((k) => /作者|文字/.test(k[0])) && keys.some((k) => /时间|日期/.test(k[0]))
  // 编辑:甲 审核:乙, 发布时间:… 责任编辑:甲: a line of the page's staff alone, with its time or not.
  // (A key alone, 终审:, leaves its name to the next line; a line with reporters, 记者:…, is a byline.)
  const staffOnly = keys.some((k) => STAFF_KEY.test(k[0])) && keys.every((k) => STAFF_KEY.test(k[0]) || /时间|日期/.test(k[0])) && !/[:：]\s*$/.test(t) && !HAS_ROLE.test(t)
  if (!(keys.some((k) => SOURCE_KEY.test(k[0])) || authorAndTime || staffOnly) || !CREDIT_LEAD.test(t.slice(0, keys[0]!.index))) return undefined
  const pieces = keys.map((k, i) => {
    const at = k.index + k[0].length
    // (制作: 何山 | 新闻热线: …: a bar ends a value.)
    // (编辑: 甲 乙 阅读量:8803: the page's count of readers ends a value too, and so does a contact,
    // 编辑: 甲 某网新闻热线:….; 阅读: and whatever share buttons follow it; 来源:某某热度:2046, with no space;
    // 责任编辑: 甲 我来说两句: and a button to comment; 来源:某报 新闻归类:人物: and a key the list above lacks;
    // 来源:某某吧0次阅读: and a count of readings written right after the value.)
    return { key: k[0].replace(/[\s:：]/g, ''), value: t.slice(at, keys[i + 1]?.index ?? t.length).replace(/\s*[|｜].*$/, '').replace(/\s+(?:阅读|浏览|点击|访问|热度|人气)(?:量|数|次数)?\s*(?:[:：].*|\d*\s*)$/, '').replace(/(?:阅读|浏览|点击|访问|热度|人气)(?:量|数|次数)?\s*[:：]\s*\d+.*$/, '').replace(/\d+\s*次(?:阅读|浏览|点击|访问)\s*$/, '').replace(CONTACT_AFTER_VALUE, '').replace(/\s*(?:我来说两句|說兩句|说两句|我要评论|发表评论|分享到|关闭窗口).*$/, '').replace(/\s+[\u4e00-\u9fff]{2,6}[:：].*$/, '').replace(/\s+$/, ''), at }
  })
  return pieces.some((c) => SOURCE_KEY.test(c.key) && HAS_ROLE.test(c.value)) ? undefined : pieces
}

/**
 * The news organisations a credit's value names: `法治日报-法治网` two, `人民网-青海频道` the site and its
 * channel (人民网青海频道). Bodies (来源：区委政法委) are left to the unit rules; times are no names.
 */
/** A media group's name, then a medium of its written right after it (某某报业传媒集团某某+客户端). */
const GROUP_THEN_MEDIUM = new RegExp(`^([\\u4e00-\\u9fff]{2,10}?${MEDIA_GROUP_KIND})([\\u4e00-\\u9fffA-Za-z+]{2,12})$`)

function newsSourcesIn(value: string, offset: number): NewsSource[] {
  const out: NewsSource[] = []
  // 《公诉人》杂志: a magazine named in book-title marks, its kind after them, is one source.
  // (南方+客户端: a plus may join the words of an app's name.)
  for (const m of allMatches(value, /《([\u4e00-\u9fff]{2,12})》(杂志|周刊|报)?|[\u4e00-\u9fffA-Za-z]+(?:\+[\u4e00-\u9fffA-Za-z]+)*/g)) {
    // (某某网收集: the verb of gathering after a medium's name is no part of it.)
    // (某某早报客户端: and a paper's app is the paper's.)
    const name = paperOfApp((m[1] ? m[1] + (m[2] ?? '') : m[0]).replace(ACCOUNT_MEDIUM, '').replace(GATHERED_AFTER_MEDIUM, ''))
    const start = offset + m.index
    const previous = out.at(-1)
    // (某某长安网_队伍建设: the channel after an underscore is a page's section, no medium.)
    if (value[m.index - 1] === '_') continue
    // 某某报业传媒集团某某+客户端: a media group and its app written together are two sources.
    const grouped = m[1] ? null : GROUP_THEN_MEDIUM.exec(name)
    if (grouped && isCreditedMedium(grouped[2]!)) {
      out.push({ name: grouped[1]!, span: { start, end: start + grouped[1]!.length } }, { name: grouped[2]!, span: { start: start + grouped[1]!.length, end: start + name.length } })
      continue
    }
    if (/^[\u4e00-\u9fff]{2,6}频道$/.test(name) && previous && /^[-—–/／·・]$/.test(value.slice(previous.span.end - offset, m.index))) {
      out.push({ name: previous.name + name, span: { start: previous.span.start, end: start + name.length } })
    } else if (/^[\u4e00-\u9fffA-Za-z+]{2,16}$/.test(name) && !NOT_A_SOURCE.test(name) && (isCreditedMedium(name) || namedAccount(name))) {
      out.push({ name, span: { start, end: start + (m[1] ? m[0].length : name.length) } })
    }
  }
  return out
}

/** True when the segmenter reads a verb of two characters or more, or two verbs, in `s` (助|上司|离, 暗访|遭|砸). */
function clauseOfVerbs(s: string): boolean {
  const verbs = words(s).filter((w) => /^v/.test(w.tag))
  return verbs.length >= 2 || verbs.some((w) => w.word.length >= 2)
}

/** A credit line's source, then names of two or three characters set off by spaces (长城网  赵永刚 庞晓玮). */
const SOURCE_THEN_NAMES = /^(\s*[^\s]{2,16}?)([ \u3000]+[\u4e00-\u9fff]{2,3}(?:[ \u3000、]+[\u4e00-\u9fff]{2,3})*)\s*$/
/** A credit line's source that is a name of two or three characters alone. */
const PERSON_AS_SOURCE = /^\s*([\u4e00-\u9fff]{2,3})(?:\s+[\d:\-/ ]*)?\s*$/
/** A name opening with a surname that is no word, paper or body. */
const isPersonsName = (s: string): boolean => LEXICONS.surnames.has(s[0]!) && !isDictionaryWord(s) && !MEDIA_NAME.test(s) && !UNIT_SUFFIX_ENDINGS.longestEndingAt(s, s.length)

/** What a credit line says: the sources (a paper credited as editor, 责任编辑：某某报, is one too), the authors, the editors. */
function creditsOf(p: Paragraph, source: string): { sources: NewsSource[]; bylines: BylineName[] } {
  const sources: NewsSource[] = []
  const people: BylineName[] = []
  for (const c of creditPieces(p.text) ?? []) {
    const at = p.start + c.at
    // (来源:宋魁飞: a source that is a person's name is the writer, no body.)
    const writer = SOURCE_KEY.test(c.key) ? PERSON_AS_SOURCE.exec(c.value)?.[1] : undefined
    // (来源: 长城网  赵永刚 庞晓玮, 来源:某某网 甲、乙: names set off by a space after the source are its writers.)
    const writers = SOURCE_KEY.test(c.key) ? SOURCE_THEN_NAMES.exec(c.value) : null
    const signed = writers !== null && writers[2]!.trim().split(/[ \u3000、]+/).every(isPersonsName)
    if (writer && isPersonsName(writer)) people.push(...names(writer, '作者', at + c.value.indexOf(writer), source))
    else if (writers && signed) {
      sources.push(...newsSourcesIn(writers[1]!, at))
      people.push(...names(writers[2]!, '作者', at + writers[1]!.length, source))
    } else if (SOURCE_KEY.test(c.key)) sources.push(...newsSourcesIn(c.value, at))
    else if (STAFF_KEY.test(c.key) && MEDIA_NAME.test(c.value)) sources.push(...newsSourcesIn(c.value, at))
    else if (STAFF_KEY.test(c.key)) people.push(...names(c.value, '编辑', at, source))
    // 作者：全媒体记者张三 通讯员李四: the author's value may be a byline with its roles.
    else if (c.key === '作者' && AUTHOR_WITH_POST.test(c.value)) people.push(authorWithPost(c.value, at))
    // (文字:甲: who wrote the words, as a page credits its author beside the pictures' maker.)
    else if (c.key === '作者' || c.key === '文字') people.push(...(HAS_ROLE.test(c.value) ? parseByline(c.value, at, source) : names(c.value, '作者', at, source)))
  }
  // 来源：某某报 | 作者：张三: a page credits whoever wrote the piece, from the paper's staff or not; no post is said.
  // (来源:某某网 责任编辑:甲: a site credited on the line with its editor is the page's own site, which the
  // editor serves in; on the real answers read, 21 of 28 such editors were marked so, and 3 of 13 of a paper's.)
  const site = sources.find((src) => ONLINE_MEDIUM.test(src.name))
  return { sources, bylines: site ? people.map((b) => (b.role === '编辑' && !b.sources ? Object.assign({}, b, { sources: [site] }) : b)) : people }
}

/** What names a news site, an app or a media centre, not a paper (某某网, 某某在线, 某某融媒体中心). */
const ONLINE_MEDIUM = /(网|在线|客户端|融媒体中心|频道|新闻)$/

/** 作者：某某市中级人民法院院长 甲: a report's author credited with the post that makes it theirs. */
const AUTHOR_WITH_POST = /^([\u4e00-\u9fff]{4,24}?(?:法院|检察院|公安局|公安厅|司法局|司法厅|政府|委员会))(?:党组书记、)?(?:院长|检察长|局长|厅长|主任|市长|县长|区长)\s*([\u4e00-\u9fff]{2,4})\s*$/
function authorWithPost(value: string, at: number): BylineName {
  const [, body, name] = AUTHOR_WITH_POST.exec(value)!
  const start = at + value.lastIndexOf(name!)
  return { name: name!, role: '作者', span: { start, end: start + name!.length }, sources: [{ name: body!, span: { start: at, end: at + body!.length } }] }
}

function addSources(article: ArticleLayout, sources: readonly (NewsSource | undefined)[]): void {
  for (const s of sources) if (s && !article.sources.some((x) => x.span.start === s.span.start && x.span.end === s.span.end)) article.sources.push(s)
}

/** A name written with a space between its characters (`梁 帅 张 进`, `王 强`): pairs of single characters. */
const SPACED_NAME = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]{1,2}(?![\u4e00-\u9fff])/g
/** Two single characters set apart by a space (a name spaced inside), or a name written whole. */
const SPACED_PAIR_OR_NAME = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff][\u4e00-\u9fff·]{1,9}/g

/** True when every run of single characters pairs up, each pair opening with a surname (蒋 君 郑 璐). */
function pairsOfCharacters(pieces: readonly string[]): boolean {
  let run: string[] = []
  for (const p of [...pieces, '']) {
    if (p.length === 1) {
      run.push(p)
      continue
    }
    if (run.length % 2 === 1 || run.some((c, k) => k % 2 === 0 && !LEXICONS.surnames.has(c))) return false
    run = []
  }
  return true
}

/** A medium that sends a picture out (新华社发, 某某网发), before the photographer's name. */
const SENT_BY_MEDIUM = /^[\u4e00-\u9fff]{1,6}(?:网|社|报|台)发$/

/** Role words inside a run of names (特约记者甲记者乙摄, 记者董林): blanked, so that each name stands alone. */
const ROLE_INSIDE = new RegExp(`(?:本报)?${ROLE_WORDS}`, 'g')

/** 甲/文 乙 丙/图: what each did, after a slash behind the name, is no character of the next name (乙 丙 spaced inside). */
const WORK_AFTER_NAME = /(?<=[\u4e00-\u9fff])[/／](?:文图|图文|文|图|摄)(?=[ \u3000]|$)/g

function names(written: string, role: string, offset: number, source: string): BylineName[] {
  const out: BylineName[] = []
  const list = written.replace(ROLE_INSIDE, (w) => ' '.repeat(w.length)).replace(WORK_AFTER_NAME, (w) => ' '.repeat(w.length))
  // (记者：王 强: the colon after a key parts it from the names, as a space does; 记者 | 王强: so does a bar.)
  const pieces = list.split(/[\s●•、/／:：|｜]+/).filter(Boolean)
  const spaced = pieces.length >= 2 && pieces.every((p) => p.length === 1) && pieces.length % 2 === 0
  // (蒋 君 郑 璐 姜梦晴: two-character names spaced inside, beside names written whole.)
  const mixed = !spaced && pieces.some((p) => p.length === 1) && pairsOfCharacters(pieces)
  const found = spaced || (pieces.length === 2 && pieces[0]!.length === 1) ? allMatches(list, SPACED_NAME) : allMatches(list, mixed ? SPACED_PAIR_OR_NAME : /[\u4e00-\u9fff][\u4e00-\u9fff·]{1,9}/g)
  let signedWith: NewsSource | undefined
  for (const m of found) {
    // (央广网张檬摄): the site a photographer works for, written right before the name, is no part of it.
    const site = /^[\u4e00-\u9fff]{1,6}?(?:网|报|台|社)(?=[\u4e00-\u9fff]{2,3}$)/.exec(m[0])?.[0]
    // (作者:晚报甲: the paper called by its kind alone, before a name with a surname, is no part of the name.)
    const skip = site && (MEDIA_NAME.test(site) || (/^(?:晚报|日报|本报|本网|本台)$/.test(site) && LEXICONS.surnames.has(m[0][site.length]!))) ? site.length : 0
    const name = m[0].slice(skip).replace(/[ \u3000]/g, '')
    // 南投报导: where the piece was reported from, no name.
    // 本报记者 王祯 摄, 海峡都市报记者 陈恭璋: a role or the paper that sends the piece is no one's name.
    // 图/某某市公安局某某分局: a body credited for a picture is no one's name.
    // 记者 甲 通讯员 乙 日前，…: the lead's first word of time is no name.
    // 作者:甲 2018-01-24 字号:A-: a page's controls after the credit are no names (作者: 点击数:, nor its counter); (实习) marks a trainee.
    // (作者:宣教处 甲: a section named by its work, one word of the language and 处, 科, 室 or 股, is a body too.)
    const body = !MEDIA_NAME.test(name) && ((UNIT_SUFFIX_ENDINGS.longestEndingAt(name, name.length)?.length ?? 0) >= 2 || creditedSection(name))
    // (记者 甲 乙 某市台 丙 丁: a place's broadcaster, 台 after the place alone, is no one's name.)
    const station = /台$/.test(name) && gazetteer().at(name.slice(0, -1), 0)?.length === name.length - 1
    // 通讯员:某某铁路公安处 (甲): a correspondent's own body, written before the names, is where they serve.
    if (body) signedWith = { name, span: { start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length } }
    // (深圳警拦阻记者 助上司离场: words with a verb and no surname, a headline's clause, are no name.)
    // (作者:佚名: the word for an unknown writer is no name; 大众新闻 盖颐帆, 作者:某某网某省频道: nor is a medium's or its channel's.)
    // (图片由记者甲摄: who a picture is by, 图片由, is no one's name.)
    // (新华社发 甲 摄: nor is the medium that sends a picture out, its kind and 发.)
    // ((此件公开), (书面), 某某(右一): nor a document's note of how it is given out, nor where someone stands in a picture.)
    if (SENT_BY_MEDIUM.test(name) || /^(本报|记者|通讯员|摄影|摄|作者|佚名|网络|实习|字号|字体|(?:点击|浏览|阅读|访问)(?:数|量|率|次数)?|标准|整理|供稿|综合|编辑|责任编辑|责编|编审|审核|校对|监制|编译|文图|图文|制图|绘图|人气|资料图片|资料图|资料照片|(?:图片|照片|图|视频)由|本站|本网|网上图片|网络图片|原创|转载)$/.test(name) || LEAD_TIME.test(name) || (!LEXICONS.surnames.has(name[0]!) && !ofKnownParts(name) && clauseOfVerbs(name)) || /(报导|报道|编辑|讯|团队|小组|编辑部|工作室|们)$/.test(name) || OFFICE_PEN_NAME.test(name) || policePenName(name) || ROLE_ENDING.test(name) || MEDIA_NAME.test(name) || /(新闻|杂志|联播|节目|频道|网站)$/.test(name) || /^(时间|日期|来源|出处|书面)$/.test(name) || /^此件/.test(name) || /^(?:前排|后排)?[左右][一二三四五六七八九十\d]$/.test(name) || NATIONAL_BODIES.has(name) || body || station || MEDIA_JOINED.test(name)) continue
    // (编辑:新闻网西部: a word of the language after a site's name is no one's name.)
    if (skip > 0 && isDictionaryWord(name) && !ofKnownParts(name)) continue
    // (记者来到某某派出所实地体验…: seven characters or more with no dot, of no known parts, two names glued neither, are words, no name.)
    if (name.length >= 7 && !name.includes('·') && !ofKnownParts(name) && gluedNamesCut(name) === undefined) continue
    const start = offset + (m.index ?? 0) + skip
    // …and the one the photographer serves in.
    const sources = skip > 0 ? [{ name: site!, span: { start: start - skip, end: start } }] : undefined
    const cut = gluedNamesCut(name)
    const parts = cut ? [name.slice(0, cut), name.slice(cut)] : [name]
    parts.forEach((part, k) => {
      const from = start + k * (cut ?? 0)
      out.push({ name: part, role, span: { start: from, end: cut ? from + part.length : start + m[0].length - skip }, ...(sources ? { sources } : {}), ...(signedWith && (role === '通讯员' || role === '作者') ? { signedWith } : {}) })
    })
  }
  return out.filter((n) => source.slice(n.span.start, n.span.end).replace(/[ \u3000]/g, '') === n.name)
}

/**
 * 【记者甲乙珠海报道】: the place a reporter files from and 报道, written right after the name with no space in a
 * lead's credit, are no part of it: the credit without them (as written where there is no such dateline).
 */
function withoutDateline(credit: string): string {
  const filed = /(?:报道|报导)$/.exec(credit)
  const place = filed ? gazetteer().endingAt(credit, filed.index, Math.max(0, filed.index - 8)) : undefined
  if (!filed || !place || place.length < 2) return credit
  const before = credit.slice(0, filed.index - place.length)
  const name = /(?:^|[\s:：]|记者|通讯员)([\u4e00-\u9fff]{2,3})$/.exec(before)
  return name && LEXICONS.surnames.has(name[1]![0]!) ? before : credit
}

/** Each surname's place in the lexicon, which lists them from the commonest (compound ones first). */
const SURNAME_RANK = new Map([...LEXICONS.surnames].map((name, k) => [name, k]))

/**
 * 通讯员曹长青李荣亮, 作者甲乙丙丁丁: two names written together, each opening with a surname: of three
 * characters each, or of two and three where only one cut opens both with a surname. Where the second starts.
 */
function gluedNamesCut(s: string): number | undefined {
  if (!/^[\u4e00-\u9fff]{5,6}$/.test(s) || !LEXICONS.surnames.has(s[0]!) || ofKnownParts(s)) return undefined
  const cuts = (s.length === 6 ? [3] : [2, 3]).filter((c) => LEXICONS.surnames.has(s[c]!) && !isDictionaryWord(s.slice(0, c)) && !isDictionaryWord(s.slice(c)))
  if (cuts.length === 1) return cuts[0]
  // (甲凌王玉兰: where both cuts open with a surname, the one whose surname is far the commoner, 王 before 玉.)
  if (cuts.length !== 2) return undefined
  const [two, three] = cuts.map((c) => SURNAME_RANK.get(s[c]!)!) as [number, number]
  return three >= 2 * two + 50 ? 2 : two >= 2 * three + 50 ? 3 : undefined
}

/** 宣教处, 政工科: a section of a body named by one word of its work (no name of a person) and its kind. */
function creditedSection(name: string): boolean {
  if (!/^[\u4e00-\u9fff]{3,5}$/.test(name) || !/[处科室股]$/.test(name)) return false
  const work = words(name.slice(0, -1))
  return work.length === 1 && !/^nr/.test(work[0]!.tag)
}

/** (某警: a place's one-character name and 警, no surname before it, is its police's pen name.) */
const policePenName = (name: string): boolean => name.length === 2 && name[1] === '警' && !LEXICONS.surnames.has(name[0]!)

/** Two media joined by · before a role (中国青年报·中国青年网记者): no one's name. */
const MEDIA_JOINED = /^[\u4e00-\u9fff]{2,8}(?:报|网|台|社|全媒)·/

/** A paper and its news app or site run together (某某都市报某某新闻): the paper, then the app. */
const PAPER_AND_APP = /^([\u4e00-\u9fff]{2,10}?(?:报|电视台))([\u4e00-\u9fff]{2,8}(?:新闻|客户端|云|网))$/
/** 某某日报当代: a paper and a brand of its media written after it. */
const PAPER_AND_BRAND = /^([\u4e00-\u9fff]{2,10}?(?:日报|晚报|报))[\u4e00-\u9fff]{1,6}$/

/** What a reporter's medium is called before 记者 (全媒体记者, 全媒记者, 首席记者): no part of the paper's name. */
// (驻马店网讯: 驻 that opens the whole name is the name's, no reporter's post.)
const REPORTER_KIND = /(?:全媒体|全媒|融媒体|融媒|首席|资深|特派|(?<=[\u4e00-\u9fff])驻[\u4e00-\u9fff]{1,6})$/

/** Names of two or three characters, each opening with a surname, each followed by a space, before a byline's first role word. */
function spacedNamesBefore(before: string, offset: number, source: string): BylineName[] {
  const lead = BYLINE_LEAD.exec(before)?.[0].length ?? 0
  const out: BylineName[] = []
  for (const m of allMatches(before.slice(lead), /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})(?=[ \u3000]+)/g)) {
    const name = m[1]!
    if (!LEXICONS.surnames.has(name[0]!) || MEDIA_NAME.test(name) || isDictionaryWord(name)) continue
    out.push(...names(name, '通讯员', offset + lead + m.index, source))
  }
  return out
}

/**
 * `石榴云/某某日报记者 张三`, `某某日报·某某云记者：张三`, `南都记者 张三`: the papers written right before
 * the first role word of a byline line, those its reporters serve in (本报 names none).
 */
function papersOnByline(before: string, offset: number): NewsSource[] {
  const marked = BYLINE_LEAD.exec(before)?.[0].length ?? 0
  // 《某某周末》记者: a paper may be written in its title marks.
  // (景飞呈 杨彦 某某报记者: the correspondents' names before the paper are no part of it.)
  const named = marked + (/^(?:[\u4e00-\u9fff]{2,3}[ \u3000]+)+/.exec(before.slice(marked))?.[0].length ?? 0)
  const lead = before[named] === '《' ? named + 1 : named
  // (聯合報／ 特派記者: the space after a slash that sets the paper off is no part of anything; nor is the
  // dot after a medium's brand, 某某·记者.)
  // (来源: 某某客户端 记者 甲: a medium set off by a space before the role word is one only by a medium's name.)
  const spaced = /\s$/.test(before)
  const written = before.slice(lead).trimEnd().replace(REPORTER_KIND, '').replace(/》$/, '').replace(/[/／·・—-]\s*$/, '')
  // 某某都市报某某新闻记者: a paper and its news app written with nothing between: the reporter's is the paper.
  // (某某报-某某客户端记者: so is each of a paper and its app joined by a dash.)
  // (某某日报当代融媒体记者: a paper and its media brand, the reporter's kind cut off, is the paper's.)
  const pieces = written.split(/[·・/／—-]/).map((w) => PAPER_AND_APP.exec(w)?.[1] ?? (MEDIA_NAME.test(w) ? w : (PAPER_AND_BRAND.exec(w)?.[1] ?? w)))
  // (2019-12-18甲乙丙通讯员丁: a name of a surname and one or two characters glued before the role is a writer's, no paper.)
  // (石榴云/某某日报记者: a medium whose first two characters make a word, 石榴, is no one's name.)
  const personsName = (w: string) => w.length <= 3 && !isPressName(w) && LEXICONS.surnames.has(w[0]!) && !(w.length === 3 && isDictionaryWord(w.slice(0, 2)))
  if (!written || !pieces.every((w) => /^[\u4e00-\u9fffA-Za-z]{2,12}$/.test(w) && !NOT_A_SOURCE.test(w) && (!spaced || MEDIA_NAME.test(w)) && !personsName(w))) return []
  let at = 0
  return pieces.map((name) => {
    at = written.indexOf(name, at)
    const span = { start: offset + lead + at, end: offset + lead + at + name.length }
    at += name.length
    return { name, span }
  })
}

/** Names and roles of a byline line: the role words split it into runs of names. */
function parseByline(text: string, offset: number, source: string, namesBeforeRole = false): BylineName[] {
  const out: BylineName[] = []
  const signed = NAME_THEN_ROLE.exec(text)
  if (signed) {
    const at = offset + text.indexOf(signed[1]!)
    return [{ name: signed[1]!, role: signed[2] === '通讯员' ? '通讯员' : '记者', span: { start: at, end: at + signed[1]!.length } }]
  }
  // (…记者/甲 乙 编辑/丙: the editor a byline names last wrote nothing.)
  const re = new RegExp(`(?:本报)?(${ROLE_WORDS}|责任编辑|编辑|责编)`, 'g')
  const marks = allMatches(text, re)
  // 文/图 王芳: names with no role word wrote the piece (and took its pictures).
  if (marks.length === 0) {
    const lead = BYLINE_LEAD.exec(text)?.[0] ?? ''
    return names(text.slice(lead.length), '作者', offset + lead.length, source)
  }
  // (黄建平 记者张运骄): in a bracketed credit, names before the first role word are the
  // correspondents'; on a byline line they name the paper (南都记者 陈宝成).
  const before = text.slice(0, marks[0]!.index ?? 0)
  // (谢三庭、记者林益民: the names may be set off by 、 too; 某某全媒·某某网记者: media joined by a dot are none.)
  // (某某报讯(·某某记者 甲): a brand after a dot, the lead's medium's, before the role word is no name.)
  const brand = namesBeforeRole ? /^\s*[·・]([\u4e00-\u9fff]{2,8})\s*$/.exec(before) : null
  // (看中国记者甲: a word glued to the role word, set off by no space nor 、, that is no one's name is the medium's, whose
  // reporter it is; 柴霆记者 乙 is a name.)
  const glued = /[^\s、]+$/.exec(before)?.[0] ?? ''
  const medium = glued !== '' && !isWholeName(glued) ? glued : ''
  if (namesBeforeRole && !brand && /^[\s\u4e00-\u9fff·、]+$/.test(before) && before.length > medium.length && !MEDIA_JOINED.test(before.trim())) out.push(...names(before.slice(0, before.length - medium.length), '通讯员', offset, source))
  // ■杨霖 记者 罗翔, 景飞呈 杨彦 某某报记者张伟: on a byline line too, names set apart by spaces before the
  // first role word are the correspondents' (a paper written there is one word, no name).
  else if (!namesBeforeRole) out.push(...spacedNamesBefore(before, offset, source))
  // (海峡都市报记者 陈恭璋): the paper written before the first role word is the one its reporters serve in.
  // (安徽法制报全媒体记者: the kind of reporter written after the paper is no part of its name.)
  // (某某广电融媒体记者: unless the medium's name is no medium's without it.)
  // (椰网/海拔新闻记者: the media a reporter serves, set off by a slash.)
  const pressNamesOf = (written: string) => written.split(/[/／·・]/)
  const arePress = (names: string[]) => names.every((n) => (isPressName(n) || /新闻$/.test(n)) && /^[\u4e00-\u9fff]{2,12}$/.test(n) && !/^本/.test(n))
  // (某某广播电视台《某某新闻联播》记者: the programme a broadcaster's reporter works on is no part of its name.)
  const written = before.trim().replace(/《[^《》]{2,12}》$/, '').replace(REPORTER_KIND, '')
  const pressNames = arePress(pressNamesOf(written)) || written.length < 2 ? pressNamesOf(written) : pressNamesOf(before.trim())
  const named = brand ? [brand[1]!] : namesBeforeRole && arePress(pressNames) ? pressNames : []
  let papers = named.length > 0 ? named.map((name) => ({ name, span: { start: offset + before.indexOf(name), end: offset + before.indexOf(name) + name.length } })) : namesBeforeRole ? [] : papersOnByline(before, offset)
  marks.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length
    const to = marks[i + 1]?.index ?? text.length
    const whole = text.slice(from, to)
    // (人民日报记者 甲 乙 人民网记者 丙: a medium set off by a space before the next role word is the next reporters'.)
    const next = /(?<=\s)([\u4e00-\u9fff]{2,8})\s*$/.exec(whole)
    // (实习生 甲 全媒体记者 乙: a kind of reporter so set off is no medium.)
    const nextPapers = next && i + 1 < marks.length && isPressName(next[1]!) && !NOT_A_SOURCE.test(next[1]!) ? [{ name: next[1]!, span: { start: offset + from + next.index, end: offset + from + next.index + next[1]!.length } }] : undefined
    // (记者 甲文/图: the words and pictures credited right after the last name are no part of it.)
    const run = (nextPapers ? whole.slice(0, next!.index) : whole).replace(/(?<=[\u4e00-\u9fff]{2})(?:文[\/／](?:图|摄)|图[\/／]文)\s*$/, '')
    // (本版图片均由本报记者某某摄: a reporter credited with 摄 at the end took the pictures.)
    const took = /[\u4e00-\u9fff]{2,3}摄$/.test(run.trim())
    // (特约撰稿人 甲: a contributing writer, who writes for the paper and serves in none of it.)
    const role = /摄|图片/.test(m[1]!) || took ? '摄影' : /通讯员/.test(m[1]!) ? '通讯员' : /撰稿人$/.test(m[1]!) ? '撰稿人' : /^(作者|撰文|撰稿)$/.test(m[1]!) ? '作者' : /编辑|责编/.test(m[1]!) ? '编辑' : '记者'
    const value = run.replace(/^[\s:：|｜□■●◆]+/, '').trim().replace(/(?<=[\u4e00-\u9fff]{2})摄$/, '')
    // 作者：某某发布: an author that is a government's news account (…发布), a medium or a body (作者:某省某某管理局) is no person.
    // (作者:某某网某省频道: a medium's channel too.)
    if (role === '作者' && (isCreditedMedium(value) || isCreditedMedium(value.replace(/(?<=[网报台])[\u4e00-\u9fff]{2,4}频道$/, '')) || /^[\u4e00-\u9fff]{2,8}发布$/.test(value) || UNIT_SUFFIX_ENDINGS.longestEndingAt(value, value.length))) return
    // Names run together with no separator (`记者张璋`) are at most three characters each.
    // (记者 巴莎·某某摄: a name written with a dot, the credit's 摄 right after it, is no part of it.)
    const parts = /[\s●•·、]/.test(run.trim()) ? names(took ? run.replace(/(?<=[\u4e00-\u9fff]{2})摄(?=\s*$)/, '') : run, role, offset + from, source) : names(value.slice(0, gluedNamesCut(value.slice(0, 6)) ? 6 : gluedNamesCut(value) ? 5 : 4), role, offset + from + run.indexOf(value), source)
    // (某某日报·某某客户端通讯员 甲: a correspondent serves elsewhere, but the media named publish the piece.)
    out.push(...(papers.length > 0 && (role === '记者' || role === '通讯员') ? parts.map((b) => Object.assign({}, b, { sources: papers })) : parts))
    if (nextPapers) papers = nextPapers
  })
  return out
}

/** `记者:首席记者 甲 实习生 乙`: a piece of a barred line keyed by a reporter's role, the byline after the colon. */
const KEYED_REPORTERS = /^(?:记者|通讯员|作者|撰文)\s*[:：]\s*(\S.*)$/
/** A line of pieces set off by bars, one of them keyed by a reporter's role, and no clause mark. */
const isBarredByline = (t: string): boolean => /[|｜]/.test(t) && !/[,，。!?！？;；]/.test(t) && t.split(/[|｜]/).some((piece) => KEYED_REPORTERS.test(piece.trim()))

/**
 * Editors credited on a line, alone or as pieces of a line split by bars (`来源:新华网|编辑:张三|责编:李四`),
 * and the reporters of a piece keyed by their role (`时间:… | 记者:首席记者 甲 实习生 乙 | 编辑:丙`).
 */
function staffOf(p: Paragraph, source: string): BylineName[] {
  const out: BylineName[] = []
  // 编辑 | 张三: a bar between the key and its name, the line's only bar.
  const whole = /^[^|｜]+[|｜][^|｜]+$/.test(p.text) ? EDITOR_CREDIT.exec(p.text) : null
  if (whole) return names(whole[1]!, '编辑', p.start + p.text.lastIndexOf(whole[1]!), source)
  // 关键词:…,…责任编辑:张三: the editor credited at the end of the page's keywords.
  const keywords = KEYWORDS_THEN_EDITOR.exec(p.text)
  if (keywords) return names(keywords[1]!, '编辑', p.start + p.text.lastIndexOf(keywords[1]!), source)
  let at = p.start
  for (const piece of p.text.split(/(?<=[|｜])|(?=[|｜])/)) {
    const m = EDITOR_CREDIT.exec(piece.trim())
    const reporters = m ? null : KEYED_REPORTERS.exec(piece.trim())
    if (m) out.push(...names(m[1]!, '编辑', at + piece.lastIndexOf(m[1]!), source))
    else if (reporters) {
      // (记者:甲: a name with no role after the key has the key's role.)
      const byline = HAS_ROLE.test(reporters[1]!) ? reporters[1]! : piece.trim()
      out.push(...parseByline(byline.replace(/^(\S+?)\s*[:：]/, '$1 '), at + piece.lastIndexOf(byline), source))
    }
    at += piece.length
  }
  return out
}

/** The last character of `t` before the spaces and bars (|, ｜) it ends with, if any. */
function lastBeforeSpacesAndBars(t: string): string | undefined {
  let k = t.length - 1
  while (k >= 0 && SPACE_OR_BAR.test(t[k]!)) k--
  return t[k]
}
const SPACE_OR_BAR = /[\s|｜]/
/** True when `t` ends with a closing bracket, spaces and bars aside. */
const closesWithBracket = (t: string): boolean => {
  const closer = lastBeforeSpacesAndBars(t)
  return closer === ')' || closer === '）'
}

/** `某县委常委、县委政法委书记 甲`: a line of posts, a space and the name of who signs the piece. */
const SIGNER_LINE = /^([\u4e00-\u9fff、]{3,30}?)[ \u3000]+([\u4e00-\u9fff·]{2,12})$/

/** A staff credit's key alone on its line (初审：, 终审:). */
const STAFF_KEY_ALONE = new RegExp(`^${STAFF_ROLE}\\s*[:：]$`)
/** A person's name alone on a line: two to four characters a name is made of, or a name with a dot. */
const isLoneName = (t: string): boolean => /^[\u4e00-\u9fff·]{2,8}$/.test(t) && (t.includes('·') || (t.length <= 4 && isWholeName(t)))
/** A name read whole: with a dot, of known parts, or one the name rules read to its end. */
const isWholeName = (name: string): boolean => name.includes('·') || ofKnownParts(name) || nameAt(name, 0, name.length)?.end === name.length

/** A signer's name, then their posts (甲 某省某市委常委、政法委书记). */
const SIGNER_THEN_POSTS = /^([\u4e00-\u9fff·]{2,4})[ \u3000]+([\u4e00-\u9fff、]{3,30})$/

/** A line of a name, then posts (甲 某省某市委常委、政法委书记). */
const isNameThenPosts = (t: string): boolean => {
  const m = SIGNER_THEN_POSTS.exec(t)
  return m !== null && LEXICONS.titles.some((title) => m[2]!.endsWith(title)) && LEXICONS.surnames.has(m[1]![0]!)
}

/** Who signs a piece on a line of their own under its headline, with their posts before or after their name. */
function signerOf(p: Paragraph): BylineName | undefined {
  const endsInTitle = (posts: string) => LEXICONS.titles.some((t) => posts.endsWith(t))
  const before = SIGNER_LINE.exec(p.text)
  const after = SIGNER_THEN_POSTS.exec(p.text)
  const name = before && endsInTitle(before[1]!) ? before[2]! : after && isNameThenPosts(p.text) ? after[1]! : undefined
  if (!name || !isWholeName(name)) return undefined
  const at = p.start + p.text.lastIndexOf(name)
  // (The signer holds the posts the line names, in no medium: the page's source is not theirs.)
  return { name, role: '作者', span: { start: at, end: at + name.length }, sources: [] }
}

/** 摘要:, 导读:, 核心提示:: the label of a page's summary, whose text may open with the piece's credit. */
const SUMMARY_LABEL = /^(?:摘要|导读|核心提示|内容提要|提要)\s*[:：]\s*/

/** 2021-01-11 07:19 |某某客户端 |记者 甲 通讯员 乙: a page's line of day, medium and credit set off by bars; the credit is its last piece. */
const DATED_BARS_THEN_CREDIT = /^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[|｜][^|｜]{2,20}[|｜]\s*(?=(?:本报)?(?:记者|通讯员)\s*[\u4e00-\u9fff])/

/** 2020-06-03 19:24:12 甲 乙 来源:…: a page's day and time, the writers' names set off by spaces, then its source. */
const DATED_NAMES_THEN_SOURCE = /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+((?:[\u4e00-\u9fff·]{2,4}\s+)+)(?=来源[:：])/

export function bylinesOf(p: Paragraph, source: string, kind: Kind = kindOf(p)): BylineName[] {
  const dated = DATED_BARS_THEN_CREDIT.exec(p.text)
  if (dated) return bylinesOf({ ...p, start: p.start + dated[0].length, text: p.text.slice(dated[0].length) }, source, 'byline')
  // (2020-06-03 19:24:12 甲 乙 丙 来源:某某网 责任编辑:丁: the writers between the time and the source, then the keyed credits.)
  const timed = DATED_NAMES_THEN_SOURCE.exec(p.text)
  if (timed) {
    const rest = { ...p, start: p.start + timed[0].length, text: p.text.slice(timed[0].length) }
    return [...names(timed[1]!.trim(), '作者', p.start + timed[0].length - timed[1]!.length, source), ...bylinesOf(rest, source)]
  }
  // (摘要:某某日报客户端记者 甲 通讯员 乙“…: the credit after the label is read as if the line opened with it.)
  const label = SUMMARY_LABEL.exec(p.text)
  if (label && label[0].length < p.text.length) {
    const rest = { ...p, start: p.start + label[0].length, text: p.text.slice(label[0].length) }
    return bylinesOf(rest, source, kindOf(rest))
  }
  // (A work report's speaker gives it on behalf of the body; the answers read mostly mark no author there.)
  const signer = kind === 'heading' ? signerOf(p) : undefined
  if (signer && !/工作报告/.test(source.split('\n', 1)[0]!)) return [signer]
  // 本报记者 张 洋《 人民日报 》( 2016年11月16日 17 版): the reporters of the paper the print edition names.
  const print = kind === 'byline' ? PRINT_CREDIT.exec(p.text) : null
  if (print) {
    const at = p.start + p.text.indexOf(print[2]!, print[1]!.length)
    const sources = [{ name: print[2]!, span: { start: at, end: at + print[2]!.length } }]
    return parseByline(print[1]!, p.start, source).map((b) => (b.role === '记者' ? Object.assign({}, b, { sources }) : b))
  }
  const written = kind === 'byline' ? NAME_TIME_MEDIUM.exec(p.text) : null
  if (written) {
    const [, name, paper] = written
    const medium = paper ? p.start + p.text.lastIndexOf(paper) : -1
    return [{ name: name!, role: '作者', span: { start: p.start, end: p.start + name!.length }, ...(paper ? { sources: [{ name: paper, span: { start: medium, end: medium + paper.length } }] } : {}) }]
  }
  const papers = kind === 'byline' ? PAPER_BYLINE.exec(p.text) : null
  if (papers) {
    // The first paper is the one the reporter serves in that the line names first.
    const paper = FIRST_PAPER_OF_BYLINE.exec(papers[1]!)![0]
    const sources = [{ name: paper, span: { start: p.start, end: p.start + paper.length } }]
    const from = p.start + p.text.lastIndexOf(papers[2]!)
    return allMatches(papers[2]!, /[\u4e00-\u9fff]{2,4}/g).map((r) => ({ name: r[0], role: '记者', span: { start: from + r.index, end: from + r.index + r[0].length }, sources }))
  }
  // (记者:甲/编辑:乙/一审:丙): a closing credit of keyed roles set off by slashes; the page's staff wrote nothing.
  // ((记者:甲): one keyed role alone closes a piece too.)
  const keyedSlashes = /[)）][\s|｜]*$/.test(p.text) && (p.text.includes(':') || p.text.includes('：')) ? TRAILING_KEYED_SLASHES.exec(p.text) : null
  if (keyedSlashes) {
    const at = p.start + p.text.lastIndexOf(keyedSlashes[1]!)
    return allMatches(keyedSlashes[1]!, /([\u4e00-\u9fff]{2,3})[:：]([\u4e00-\u9fff·]{2,4})/g).flatMap((m) => {
      const role = /记者|通讯员|摄影|摄像/.test(m[1]!) ? (m[1] === '摄像' ? '摄影' : m[1]!) : '编辑'
      return names(m[2]!, role, at + m.index + m[1]!.length + 1, source)
    })
  }
  // 时间:… | 记者:首席记者 甲 实习生 乙 | 编辑:丙: a line of pieces set off by bars, each keyed by its role.
  if (kind === 'byline' && isBarredByline(p.text)) return staffOf(p, source)
  if (kind === 'byline' && isKeyedCreditLine(p.text)) return keyedCredits(p.text, p.start, source)
  if (kind === 'byline' && SLASH_CREDIT_LINE.test(p.text)) return slashCredits(p.text, p.start, source)
  const rolesAfter = kind === 'byline' ? NAMES_THEN_ROLE.exec(p.text) : null
  if (rolesAfter) return names(rolesAfter[1]!, '作者', p.start + p.text.indexOf(rolesAfter[1]!), source)
  if (kind === 'byline') return parseByline(p.text, p.start, source)
  if (kind === 'photo') {
    const m = (PHOTO_CREDIT.exec(p.text) ?? CAPTION_PHOTOGRAPHER.exec(p.text))!
    const list = m[1]!
    return names(list, '摄影', p.start + p.text.indexOf(list), source)
  }
  const paperLead = p.text.includes('记者') ? PAPER_REPORTER_LEAD.exec(p.text) : null
  // (本报记者 王五 昨日…: the page's own paper, named elsewhere.)
  const ownPaper = paperLead?.[1] === '本报'
  // (本报记者 李 阳 甲乙丙: a name of two characters may be spaced inside.)
  const reporters = paperLead ? names(paperLead[2]!, '记者', p.start + paperLead.index + paperLead[0].lastIndexOf(paperLead[2]!), source) : []
  if (paperLead && reporters.length > 0 && (ownPaper || isPressName(paperLead[1]!)) && reporters.every((r) => nameAt(r.name, 0, r.name.length)?.end === r.name.length)) {
    const paperAt = p.start + paperLead.index + paperLead[0].indexOf(paperLead[1]!)
    return reporters.map((reporter) => (ownPaper ? reporter : Object.assign(reporter, { sources: [{ name: paperLead[1]!, span: { start: paperAt, end: paperAt + paperLead[1]!.length } }] })))
  }
  const lead = LEAD_CREDIT.exec(p.text) ?? BRACKETED_LEAD_CREDIT.exec(p.text) ?? DATELINE_CREDIT.exec(p.text) ?? INLINE_CREDIT.exec(p.text) ?? LEAD_PLAIN_CREDIT.exec(p.text) ?? BULLETED_LEAD_CREDIT.exec(p.text) ?? OPENING_CREDIT.exec(p.text) ?? WIRE_TITLED_CREDIT.exec(p.text)
  if (lead) {
    // 湖南日报·新湖南客户端…讯(记者 甲): a reporter of a medium's brand is the medium's.
    // (某某网讯 据某某日报报道(首席记者 甲): the paper the report is taken from sends its reporter.)
    const takenFrom = /据([\u4e00-\u9fff]{2,12}?)报道$/.exec(lead[0].replace(/[:：]?\s*[(（][^()（）]*[)）]$/, ''))
    const fromPaper = takenFrom ? p.text.indexOf(takenFrom[1]!, lead.index) : -1
    const sent = takenFrom ? { name: takenFrom[1]!, span: { start: p.start + fromPaper, end: p.start + fromPaper + takenFrom[1]!.length } } : leadSource(p)
    const partners = takenFrom ? [] : leadPartners(p)
    const partner = partners.at(-1)
    // (某某客户端、某某网、某某报7月21日消息(记者 甲): of three media or more listed, the credit says not whose reporter it is.)
    const sender = partners.length >= 2 ? undefined : sent && partner && isBrandOf(partner.name, sent.name) ? partner : sent
    // (某某报讯(记者 甲报道): the credit's closing 报道 is no part of the last name; 记者 甲 深圳报道: nor is the
    // place reported from, set off by a space.)
    const from = /\s([\u4e00-\u9fff]{2,8})报道$/.exec(lead[1]!)
    // (…通讯员甲摄影报道: the pictures taken and the report closing the credit are no part of the last name.)
    // (记者甲综合报道, 编译报道: the words of how the report was put together are no part of the last name either.)
    const credit = from && gazetteer().at(from[1]!, 0)?.length === from[1]!.length ? lead[1]!.slice(0, from.index) : withoutDateline(lead[1]!).replace(/\s*(?:综合|编译|整理)?(?:摄影)?报[道导]$|\s*摄影$/, '')
    // (某某法制报讯(甲 乙): names a medium's 讯 credits with no role are its writers, as a wire's 电 credits are:
    // the answers of the 612 real excerpts read marked all 6 so written.)
    return parseByline(credit, p.start + p.text.indexOf(lead[1]!), source, true).map((b) => (sender && !b.sources ? Object.assign({}, b, { sources: [sender] }) : b))
  }
  // The credits below close the paragraph: each needs a bracket (or, for a reporter, 记者 or 通讯员)
  // before the spaces and bars it ends with, so a paragraph without one is not scanned by them.
  // (（编辑：甲/乙）1071107: a wire's code of the day after the closing bracket is read past.)
  // (…。(记者 甲)(图片由某某公安提供): a note of who gave the pictures, after the closing credit, is read past.)
  const picturesGiven = PICTURES_GIVEN.exec(p.text)
  if (picturesGiven && picturesGiven.index > 0) return bylinesOf({ ...p, text: p.text.slice(0, picturesGiven.index) }, source, kind)
  const coded = /[)）]\d{5,8}\s*$/.test(p.text) ? p.text.replace(/\d{5,8}\s*$/, '') : p.text
  const closer = lastBeforeSpacesAndBars(coded)
  const bracketed = closesWithBracket(coded)
  // …。(稿源:某某森林公安局 通讯员:甲 乙): a closing credit in brackets, a source and a role before the names.
  const keyed = bracketed ? TRAILING_KEYED_CREDIT.exec(p.text) : null
  if (keyed) return parseByline(keyed[1]!, p.start + p.text.lastIndexOf(keyed[1]!), source)
  const own = bracketed ? TRAILING_UNIT_AUTHOR.exec(p.text) : null
  if (own) {
    const unitAt = p.start + p.text.lastIndexOf(own[1]!)
    const sources = [{ name: own[1]!, span: { start: unitAt, end: unitAt + own[1]!.length } }]
    return names(own[2]!, '作者', p.start + p.text.lastIndexOf(own[2]!), source).map((b) => Object.assign({}, b, { sources }))
  }
  // (Both credits hold 摄, or the first 供图 for a picture given or 文/图: a paragraph without any of them is not scanned.)
  const caption = p.text.includes('摄') || p.text.includes('供图') || /文\s*[/／]\s*图/.test(p.text) ? (CAPTION_CREDIT.exec(p.text) ?? CAPTION_PHOTOGRAPHER.exec(p.text)) : null
  // (某某日报 甲 供图: the medium that gave the picture, then its photographer, who serves in it.)
  const givers = caption && /供图/.test(caption[0]) ? caption[1]!.trim().split(/[ \u3000]+/) : []
  if (givers.length >= 2 && isPressName(givers[0]!) && !NOT_A_SOURCE.test(givers[0]!) && givers.slice(1).every(isWholeName)) {
    const captionAt = p.text.lastIndexOf(caption![1]!)
    const paperAt = caption![1]!.indexOf(givers[0]!)
    const sources = [{ name: givers[0]!, span: { start: p.start + captionAt + paperAt, end: p.start + captionAt + paperAt + givers[0]!.length } }]
    const restAt = caption![1]!.indexOf(givers[1]!, paperAt + givers[0]!.length)
    return names(caption![1]!.slice(restAt).trim(), '摄影', p.start + captionAt + restAt, source).map((b) => Object.assign({}, b, { sources }))
  }
  // (主办方供图: a word for who gave the picture, 主办方, is no name.)
  if (caption && isOrdinaryWord(caption[1]!.trim())) return []
  // (本文图片 市局供图, 某某公安交警供图: nor a body that gave it, named with its place, level or kind, nor the words before it.)
  if (caption && /供图/.test(caption[0]) && givenByBody(caption[1]!)) return []
  if (caption) {
    const at = p.text.lastIndexOf(caption[1]!)
    // …。 某某报记者 张三 摄: the photographer is the paper's reporter.
    // (以上图片均为某某日报·某某在线记者 甲 摄: the paper a credit names after its words, its brand joined by a dot.)
    const paper = /(?<=^|[。！!\s为])([一-鿿]{2,8}?(?:[·・][一-鿿]{2,8}?)?)(?:摄影记者|记者)\s*$/.exec(p.text.slice(0, at))
    const papers = paper ? paper[1]!.split(/[·・]/) : []
    const sources = paper && papers.every((n) => isPressName(n) && !NOT_A_SOURCE.test(n)) ? papers.map((n) => ({ name: n, span: { start: p.start + paper.index + paper[1]!.indexOf(n), end: p.start + paper.index + paper[1]!.indexOf(n) + n.length } })) : undefined
    return names(caption[1]!, sources ? '记者' : '摄影', p.start + at, source).map((b) => (sources ? Object.assign({}, b, { sources }) : b))
  }
  // 某某深入田间调解纠纷。 张三: a caption closed by its photographer's name, set off by a space.
  const credited = p.text.length <= 80 ? CAPTION_NAME.exec(p.text) : null
  if (credited && nameAt(credited[1]!, 0, credited[1]!.length)?.end === credited[1]!.length && !isDictionaryWord(credited[1]!)) return names(credited[1]!, '摄影', p.start + p.text.lastIndexOf(credited[1]!), source)
  const editors = kind === 'body' && (bracketed || closer === '】' || closer === ']') ? TRAILING_EDITOR.exec(coded) : null
  if (editors) return names(editors[1]!, '编辑', p.start + p.text.lastIndexOf(editors[1]!), source)
  // (津云新闻编辑孙畅): an editor credited with the medium they edit for, which they serve in.
  const mediaEditor = kind === 'body' && bracketed ? TRAILING_MEDIA_EDITOR.exec(p.text) : null
  if (mediaEditor) {
    const at = p.start + p.text.lastIndexOf(mediaEditor[1]! + mediaEditor[2]!)
    const sources = [{ name: mediaEditor[1]!, span: { start: at, end: at + mediaEditor[1]!.length } }]
    return names(mediaEditor[3]!, '编辑', p.start + p.text.lastIndexOf(mediaEditor[3]!), source).map((b) => Object.assign({}, b, { sources }))
  }
  const reporter = kind === 'body' && (p.text.includes('记者') || p.text.includes('通讯员')) ? TRAILING_REPORTER.exec(p.text) : null
  if (reporter) return parseByline(reporter[1]!, p.start + p.text.lastIndexOf(reporter[1]!), source)
  const slashed = bracketed ? TRAILING_SLASH_CREDIT.exec(p.text) : null
  if (slashed) return slashCredits(slashed[1]!, p.start + p.text.lastIndexOf(slashed[1]!), source)
  // (某某总台·融媒体新闻中心记者/甲 乙 编辑/丙): a broadcaster's closing credit, roles set off by slashes (or colons:
  // 某某台记者:甲 通讯员:乙 丙 编辑:丁).
  const closing = bracketed ? (TRAILING_MEDIA_CREDIT.exec(p.text) ?? TRAILING_PAPER_CREDIT.exec(p.text)) : null
  if (closing) return parseByline(closing[1]!, p.start + p.text.lastIndexOf(closing[1]!), source, true)
  // (撰稿人：甲 审核人：乙), (图：丙): a closing credit of keyed roles.
  const keyedRoles = bracketed ? TRAILING_KEYED_CREDITS.exec(p.text) : null
  if (keyedRoles) return keyedCredits(keyedRoles[1]!, p.start + p.text.lastIndexOf(keyedRoles[1]!), source)
  const trailing = bracketed ? TRAILING_AUTHOR.exec(p.text) : null
  if (trailing && (kind === 'body' || p.text.length === trailing[0].length)) {
    const inner = trailing[1]!
    const at = p.start + p.text.lastIndexOf(inner)
    if (/^(记者|通讯员)/.test(inner)) return parseByline(inner, at, source)
    // (文 孙胜慧): who wrote the piece, the text's role word before the name.
    if (/^文\s/.test(inner)) return names(inner.slice(1), '作者', at + 1, source)
    // (责任编辑 高 蕾), (本版编辑 甲): who edited it, no writer of it.
    const editor = /^(?:责任编辑|本版编辑|编辑|责编)\s*/.exec(inner)?.[0]
    if (editor) return names(inner.slice(editor.length), '编辑', at + editor.length, source)
    // (南京日报 记者 张三): the paper before the role is the one its reporter serves in.
    if (HAS_ROLE.test(inner)) return parseByline(inner, at, source, true)
    // A bracketed aside that is no name: 2–4 characters per name, or a long transliterated one.
    // (甲 乙 丙: a name of two characters may be written with a space between them, 舒 俊.)
    if (inner.replace(/(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) ([\u4e00-\u9fff])(?![\u4e00-\u9fff])/g, '$1$2').split(/\s*[/／]\s*|[\s●、]/).every((n) => n.length >= 2 && n.length <= 4)) return names(inner, '作者', at, source)
    // (甲乙丙丁戊己): two names of three characters run together, closing a piece alone on its line.
    if (p.text.length === trailing[0].length && /^[\u4e00-\u9fff]{6}$/.test(inner) && isLineOfNames(inner)) return [...names(inner.slice(0, 3), '作者', at, source), ...names(inner.slice(3), '作者', at + 3, source)]
  }
  return []
}

/** `某某日报记者 张三/文 李四/图`: who wrote (文) and who took the pictures (图), of the paper written first. */
function slashCredits(inner: string, offset: number, source: string): BylineName[] {
  const lead = /^([\u4e00-\u9fff]{2,10}?)(记者|通讯员)\s*/.exec(inner)
  const paper = lead && isPressName(lead[1]!) && !NOT_A_SOURCE.test(lead[1]!) ? lead[1]! : undefined
  const sources = paper ? [{ name: paper, span: { start: offset, end: offset + paper.length } }] : undefined
  return allMatches(inner, /([\u4e00-\u9fff·]{2,4})\s*[/／]\s*([文图])/g).flatMap((m) => {
    const role = m[2] === '图' ? '摄影' : (lead?.[2] ?? '作者')
    return names(m[1]!, role, offset + m.index, source).map((b) => (sources ? Object.assign({}, b, { sources }) : b))
  })
}

/**
 * The news organisation a lead paragraph opens with (法治山西讯, 中新网牡丹江11月12日电): the words
 * before 讯, 消息 or the dateline, less the place a dateline adds.
 */
export function leadSource(p: Paragraph): NewsSource | undefined {
  const lead = LEAD_SOURCE.exec(p.text)
  const m = lead ?? SITE_BEFORE_CREDIT.exec(p.text)
  const written = lead ? lead[2] : (m?.[1] ?? m?.[2] ?? m?.[3])
  if (!m || !written || NOT_A_SOURCE.test(written)) return undefined
  // (某某日报全媒体记者甲报道：the paper sends; its reporter and her name, read by the byline's rules, are no part of its name.)
  const role = written.search(/记者|通讯员/)
  // (某某日报讯记者甲报道：with the 讯 of its lead glued to the role, which is no part of the paper's name either.)
  let name = (role >= 2 ? written.slice(0, role) : written).replace(/(?<=[\u4e00-\u9fff][报网台社线端])(?:讯|消息)$/, '')
  // 中新网丹东11月12日电, 楚天法治黄石讯: the place the lead comes from is no part of the sender's name
  // (a province may be: 法治山西讯).
  // (中新网昌吉奇台8月16日电: so are a prefecture and its county, one after the other.)
  // (环球在线湖南消息: and a province after a name that is a medium's whole, 环球在线, as 法治 is not.)
  for (let place = gazetteer().endingAt(name, name.length, 0); place && place.length < name.length && (/日(?:[电讯]|消息)?$/.test(m[0]) || (name.length - place.length >= 3 && place.values.every((v) => v.place.level === 'city' || v.place.level === 'county')) || MEDIA_NAME.test(name.slice(0, name.length - place.length))); place = gazetteer().endingAt(name, name.length, 0)) name = name.slice(0, name.length - place.length)
  // (中新网东方12月19日电: a place whose name is a word of the language too, that the gazetteer reads short nowhere, stands
  // between a wire's kind and the day of its dateline all the same.)
  // (人民网某某视窗: a site's channel, named after the place it covers, is no place.)
  const wire = /日电$/.test(m[0]) ? /^([\u4e00-\u9fff]{1,6}?(?:网|社))([\u4e00-\u9fff]{2,4})$/.exec(name) : null
  if (wire && !MEDIA_NAME.test(name) && !/(?:视窗|频道|新闻|在线|客户端)$/.test(wire[2]!)) name = wire[1]!
  // 中新网吉林新闻…电: a site's regional news channel sends in the site's name.
  const channel = /^([\u4e00-\u9fff]{2,8}?网)([\u4e00-\u9fff]{2,4})新闻$/.exec(name)
  if (channel && gazetteer().at(channel[2]!, 0)?.length === channel[2]!.length) name = channel[1]!
  // (某某导报江西频道网讯: so does a paper's regional channel.)
  const papersChannel = /^([\u4e00-\u9fff]{2,10}报)([\u4e00-\u9fff]{2,4})频道网?$/.exec(name)
  if (papersChannel && gazetteer().at(papersChannel[2]!, 0)?.length === papersChannel[2]!.length) name = papersChannel[1]!
  // 某某晨报全媒体平台消息: a paper's platform sends in the paper's name.
  const platform = /(?:全媒体|融媒体|新媒体)?平台$/.exec(name)?.[0].length ?? 0
  if (platform > 0 && MEDIA_NAME.test(name.slice(0, name.length - platform))) name = name.slice(0, name.length - platform)
  // 商报全媒体讯: the paper's kind of staff is no part of its name, and two characters left name no paper.
  // (拉萨融媒讯: a division's converged media, named by the division, is a medium of its own.)
  const divisionsMedia = /(?:融媒体|融媒)$/.test(name) && gazetteer().at(name, 0)?.length === name.replace(/(?:融媒体|融媒)$/, '').length
  const staff = divisionsMedia ? 0 : (REPORTER_KIND.exec(name)?.[0].length ?? 0)
  if (staff > 0 && name.length - staff <= 2) return undefined
  name = name.slice(0, name.length - staff)
  // 包头讯: a place alone is where the paper's lead comes from, not who sends it; so are two characters
  // that name no medium (某镇 written short, 那吉讯), which the gazetteer of counties may not hold.
  // (阿木古郎讯: a town's name without its level, 镇 or 乡, is where the lead comes from too.)
  if (name.length < 2 || gazetteer().at(name, 0)?.length === name.length || (!MEDIA_NAME.test(name) && namesTown(name)) || (name.length === 2 && !MEDIA_NAME.test(name))) return undefined
  let start = p.start + m.index + m[0].indexOf(written)
  const end = start + name.length
  // 某某在线-杭州频道2月15日讯: a site's channel is named with the site.
  // (某某网·某地讯: so is a name no medium's after a site's, the site's local channel.)
  const site = /([\u4e00-\u9fff]{2,10})[—·-]$/.exec(m[0].slice(0, m[0].indexOf(written)))
  if (site && (/频道$/.test(name) || (/网$/.test(site[1]!) && !MEDIA_NAME.test(name)))) {
    start -= site[0].length
    name = site[1]! + name
  }
  return { name, span: { start, end } }
}

/** `…。(来源:某某公安)`, `(转自:某某交警)`: the source a paragraph closes with, in brackets and with no one's role. */
// (来源:某某网 某某日报记者甲: a byline after the source, set off by a space, is read as bylines are.)
const CLOSING_SOURCE = /[(（](?:来源|稿源|转自)\s*[:：]\s*([^()（）:：\s]{2,16})(?:\s+[^()（）:：]{2,30})?[)）]\s*$/

/**
 * The account, site or paper a paragraph's closing bracket credits as its source (`(来源:某某公安)`): a
 * source named so is one whatever its kind word (bodies, 来源:某县信访局, are left to the unit rules).
 */
export function closingSource(p: Paragraph): NewsSource[] {
  const closing = p.text.includes('转自') || p.text.includes('源') ? CLOSING_SOURCE.exec(p.text) : null
  // (…。(某某网), …。(某某新闻): or with no key, a medium alone in brackets after the last sentence, as a digest credits each item.)
  const medium = closing ?? (p.text.endsWith(')') || p.text.endsWith('）') ? CLOSING_MEDIUM.exec(p.text) : null)
  return medium ? newsSourcesIn(medium[1]!, p.start + medium.index + medium[0].indexOf(medium[1]!)) : []
}

/** `…。(某某网)`: a medium, named by its kind, alone in brackets after a paragraph's last sentence. */
const CLOSING_MEDIUM = /[。！？”][(（]([\u4e00-\u9fff]{2,10}?(?:网站|网|新闻|日报|晚报|报|客户端|电视台))[)）]\s*$/

/**
 * 华龙网-新重庆客户端讯: the media written before the sender, joined by a dash, sends the lead with it;
 * so do all of a list of them (某某客户端、某某网、某某报7月1日消息).
 */
export function leadPartners(p: Paragraph): NewsSource[] {
  const lead = LEAD_SOURCE.exec(p.text)
  if (!lead || !lead[1] || /频道$/.test(lead[2]!)) return []
  const out: NewsSource[] = []
  const listStart = p.start + lead.index + lead[0].indexOf(lead[1])
  for (const m of allMatches(lead[1], /([\u4e00-\u9fff]+)(?:[—·、-]|[ \u3000]+)/g)) {
    const start = listStart + m.index
    if (MEDIA_NAME.test(m[1]!)) out.push({ name: m[1]!, span: { start, end: start + m[1]!.length } })
  }
  return out
}

function isoDate(text: string): string | null {
  const m = /(\d{4})(?:年(\d{1,2})月(\d{1,2})日|-(\d{1,2})-(\d{1,2})(?!\d))/.exec(text)
  if (m && m[4]) return `${m[1]}-${m[4].padStart(2, '0')}-${m[5]!.padStart(2, '0')}`
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null
}

/** The first sentence of a paragraph: up to its first full stop outside quotes, the stop kept. */
function firstSentence(text: string): string {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '“') depth++
    else if (ch === '”') depth = Math.max(0, depth - 1)
    else if (depth === 0 && /[。！？!?]/.test(ch)) return text.slice(0, i + 1)
  }
  return text
}

/**
 * 某某标题-新华网, 某某标题 吉网原创 郭龙 2389527: a web page's title line over the page repeats its
 * headline, with the site or credits after it. The line is furniture and the headline it repeats is
 * the article's, a heading right above that headline being its kicker (亮剑“执行难” over 全省法院…).
 */
function pageTitleRepeated(paras: readonly Paragraph[], kinds: Kind[]): void {
  for (let j = 1; j < Math.min(paras.length, 16); j++) {
    const headline = paras[j]!.text
    // (A long headline may read as a line of text: the repetition shows what it is.)
    if (!(kinds[j] === 'heading' || (kinds[j] === 'body' && headline.length <= 60 && !/[。！？!?]$/.test(headline))) || headline.length < 6) continue
    let repeated = false
    for (let i = 0; i < j; i++) {
      // (The headline stands above the text: a line of text between them is the page's own.)
      const textBetween = paras.slice(i + 1, j).some((p, k) => kinds[i + 1 + k] === 'body' && p.text.length > 40)
      // (【转帖】headline: a forum's tag before the page's title of a post, the headline written again under it.)
      const tagged = paras[i]!.text.endsWith(headline) && /^\s*[【\[][\u4e00-\u9fff]{1,6}[】\]]\s*$/.test(paras[i]!.text.slice(0, -headline.length))
      if ((kinds[i] === 'heading' || kinds[i] === 'body') && !textBetween && ((paras[i]!.text.startsWith(headline) && /^\s*[\s\-_|｜—–·]/.test(paras[i]!.text.slice(headline.length))) || tagged)) {
        kinds[i] = 'masthead'
        repeated = true
      }
    }
    if (!repeated) continue
    kinds[j] = 'heading'
    if (kinds[j - 1] === 'heading') kinds[j - 1] = 'kicker'
    return
  }
}

/**
 * 检察要闻 ⏎ headline ⏎ 时间:… 来源:…, 您的当前位置:首页>社会 ⏎ headline ⏎ 来源:…: a channel's, a medium's or a body's
 * name alone right above a longer heading that stands over the credits or the text, or the page's trail, its
 * sponsor's line or its page of the paper there, is the page's furniture, read as text above the headline. (Only the page's first heading: a later one is another
 * article's or a section's.)
 */
function headlineOverChrome(paras: readonly Paragraph[], kinds: Kind[]): void {
  const first = kinds.indexOf('heading')
  if (first < 0 || kinds[first + 1] !== 'heading') return
  // (Over the credits or the text: a line the page sets aside with the day on it may stand between.)
  const overText = /^(body|credit|byline)$/.test(kinds[first + 2] ?? '') || (kinds[first + 2] === 'masthead' && /\d{4}[-年.\/]\d{1,2}/.test(paras[first + 2]!.text))
  if (!overText) return
  const chrome = paras[first]!.text.trim()
  // (A name must be shorter than the headline under it; a trail or a sponsor's line is furniture at any length.)
  if (isChrome(chrome) && (paras[first + 1]!.text.trim().length > chrome.length || PAGE_LINE.test(chrome))) kinds[first] = 'kicker'
}

/** 榕视频 讲述福州 时评 听福州 …: four pieces or more of up to eight characters set off by spaces, no clause mark among them. */
const LINK_BAR = /^[^\s，,。；;：:]{2,8}(?:[ \u3000]+[^\s，,。；;：:]{2,8}){3,}$/
/** 【专题】…, 【相关阅读】…: a link to the site's topic page or to other pieces, under a tag. */
const TAGGED_LINK = /^【(?:专题|专栏|图集|视频|直播|相关阅读|推荐阅读|延伸阅读|相关新闻)】/
/** 他们的年是这样过的 某某公安提供: a photograph's caption closed by who provided it. */
const PROVIDED_CAPTION = /[ \u3000][\u4e00-\u9fff]{2,12}(?:提供|供图)$/
/** | 网格员走访慰问空巢老人 |: a cell of a page's table of photographs, its caption. */
const TABLE_CELL = /^\|.*\|\s*$/

/**
 * Lines a page sets among its headlines that are none: a bar of links right above the headline, a tagged
 * link to a topic page, a caption in a table's cell or closed by who provided the photograph. Each would
 * otherwise open an article of its own or stand for its title.
 */
function furnitureAsHeadings(paras: readonly Paragraph[], kinds: Kind[]): void {
  for (const [i, p] of paras.entries()) {
    if (kinds[i] !== 'heading') continue
    const t = p.text.trim()
    if ((kinds[i + 1] === 'heading' && LINK_BAR.test(t) && !isLineOfNames(t)) || TAGGED_LINK.test(t) || TABLE_CELL.test(t) || PROVIDED_CAPTION.test(t)) kinds[i] = 'masthead'
  }
}

/** · 某县法院审结一起毒品案: a bulleted headline of another piece (a channel's name alone is none). */
const OTHER_PIECE = /^[·•]\s*\S.{5,40}$/

/**
 * · 某县法院审结一起毒品案 under the text: the page's list of its other pieces, after the piece, is read as text, since
 * an analyst reads the bodies and places its headlines name; the same list above the headline stays furniture.
 */
function otherPiecesAfterText(paras: readonly Paragraph[], kinds: Kind[]): void {
  const text = kinds.findIndex((k, i) => k === 'body' && paras[i]!.text.length > 40)
  if (text < 0) return
  for (let i = text + 1; i < paras.length; i++) if (kinds[i] === 'masthead' && OTHER_PIECE.test(paras[i]!.text.trim())) kinds[i] = 'body'
}

/**
 * 某某心选 最懂你心 ⏎ 首页 家装 … ⏎ headline ⏎ 2024-06-26 来源:…: a short line at the top of the page, over the bar of
 * links right above the headline over the page's first credit line, is the site's banner, read as text above the headline.
 */
function bannerOverLinkBar(paras: readonly Paragraph[], kinds: Kind[]): void {
  const credit = kinds.indexOf('credit')
  if (credit < 1 || kinds[credit - 1] !== 'heading' || kinds.slice(0, credit).some((k) => k === 'body' || k === 'byline')) return
  let top = credit - 1
  while (top > 0 && kinds[top - 1] === 'heading') top--
  if (top >= 2 && kinds[top - 1] === 'masthead' && kinds[top - 2] === 'heading' && paras[top - 2]!.text.trim().length <= 12 && kinds.slice(0, top - 2).every((k) => k === 'masthead')) kinds[top - 2] = 'kicker'
}

/**
 * 某某报业集团主办 ⏎ …, 某某网 某某网 ⏎ …: the site's sponsor, or its name alone, on the page's first line is its
 * furniture whatever follows, read as text above the headline (a body named there is still one).
 */
function sponsorOnTop(paras: readonly Paragraph[], kinds: Kind[]): void {
  const first = kinds.findIndex((k) => k !== 'masthead')
  const t = paras[first]?.text.trim() ?? ''
  const pieces = t.split(/[ \u3000]+/)
  const mediaOnly = t.length <= 24 && pieces.length >= 2 && pieces.every((piece) => piece.length <= 12 && /^[\u4e00-\u9fff]+$/.test(piece) && MEDIA_NAME.test(piece))
  if (first >= 0 && kinds[first] === 'heading' && t.length <= 40 && (/^[^，,。；;：:]+主办$/.test(t) || mediaOnly)) kinds[first] = 'kicker'
}

/**
 * 基层风采 ⏎ headline: a line of six characters or fewer, words alone with no mark, the first under the page's
 * furniture, over a headline line at least twice as long and no shorter than ten, is the channel's or the
 * place's name the page files the piece under, no part of its headline (a kicker says more, and is marked:
 * “调”出和谐古魏 ⏎ …); so are several such lines one under another, a channel's and its menu's (食安监管 ⏎ 某省 ⏎ 下拉).
 */
function channelOverHeadline(paras: readonly Paragraph[], kinds: Kind[]): void {
  const first = kinds.findIndex((k) => k !== 'masthead' && k !== 'kicker')
  if (first < 0) return
  let last = first
  while (kinds[last] === 'heading' && /^[\u4e00-\u9fff]{2,6}$/.test(paras[last]!.text.trim())) last++
  const longest = Math.max(0, ...paras.slice(first, last).map((p) => p.text.trim().length))
  if (last > first && kinds[last] === 'heading' && paras[last]!.text.trim().length >= Math.max(10, 2 * longest)) kinds.fill('masthead', first, last)
}

/** The words a site's channel is named with (检察要闻, 工作动态, 历届评选): a headline of two short lines opens with no such word. */
const CHANNEL_WORD = /(?:要闻|视窗|动态|新闻|资讯|快讯|聚焦|专题|专栏|频道|评选|速递|播报|之窗|热点|头条|公告)$/

/** A channel's, a medium's or a body's name alone (检察要闻, 某某法制网, 某某县人民法院), or a page's trail (您的当前位置:首页>…). */
const isChrome = (t: string): boolean =>
  (t.length <= 8 && isChannelName(t) && CHANNEL_WORD.test(t)) ||
  (t.length <= 24 && t.split(/[ \u3000]+/).every((piece) => piece.length <= 12 && /^[\u4e00-\u9fff]+(?:APP|App)?$/.test(piece) && MEDIA_NAME.test(piece))) ||
  (t.length <= 20 && /^[\u4e00-\u9fff]+$/.test(t) && (UNIT_SUFFIX_ENDINGS.longestEndingAt(t, t.length)?.length ?? 0) >= 2) ||
  (t.length <= 30 && PAGE_LINE.test(t))

/** A page's trail (您的当前位置:首页>…), its sponsor (某某主办), its page of the paper (第01版, 某某专版) or the series a piece is one of (某某系列报道之一). */
const PAGE_LINE = /位置\s*[:：]|首页\s*-?[>»]|>>|主办$|第\d{1,3}版$|专版$|系列报道(?:之[一二三四五六七八九十\d]+)?$/

/** Finds the articles of a file. `text` is the working text. */
export function layout(text: string, headingLevels: ReadonlyMap<number, number>): FileLayout {
  const paras = paragraphs(text, headingLevels)
  const kinds = paras.map(kindOf)
  // 平安再“加码”!南海公安开展…行动 over a credit line: a short line with an exclamation or question
  // inside, right above the page's credit or byline, is the headline.
  // (…开新局丨某地“三长”联动:给社区“减负” ⏎ 发稿时间:… 来源:…: so is a long line with no clause mark, the
  // first under the page's furniture, right above its credit line.)
  for (let i = 0; i + 1 < paras.length; i++) {
    const t = paras[i]!.text
    if (kinds[i] !== 'body' || /[。，,；;]/.test(t) || !(kinds[i + 1] === 'credit' || kinds[i + 1] === 'byline')) continue
    if ((t.length <= 40 && /[!?！？]./.test(t)) || (t.length <= 80 && kinds[i + 1] === 'credit' && kinds.slice(0, i).every((k) => k === 'masthead'))) kinds[i] = 'heading'
  }
  // (甲 ⏎ body…: a lone name opening the text, the page's headline left off it, is its writer signing on.)
  const first = kinds.findIndex((k) => k !== 'masthead')
  if (first >= 0 && kinds[first] === 'heading' && kinds[first + 1] === 'body' && paras[first]!.text.trim().length <= 3 && isSignOff(paras[first]!.text)) kinds[first] = 'byline'
  pageTitleRepeated(paras, kinds)
  // (某地新闻天天看 ⏎ 某地> 某地新闻> 正文 ⏎ headline: a line above a page's trail, with a headline under the trail, is the site's banner.)
  // (法治热点 ⏎ 当前位置:首页 > 法治资讯 > 法治热点: above a trail keyed by where the page stands, a channel's
  // short name too; a longer line there may be a link to another piece, and a body's or a medium's name the
  // site's own, left to be read.)
  for (const [i, p] of paras.entries()) {
    const keyed = kinds[i] === 'masthead' && !isTrail(p.text) && TRAIL_START.test(p.text) && hasTrailMark(p.text)
    if (kinds[i] !== 'masthead' || !(keyed || isTrail(p.text))) continue
    const next = kinds.findIndex((k, j) => j > i && k !== 'masthead')
    if (next < 0 || kinds[next] !== 'heading') continue
    for (let j = i - 1; j >= 0 && kinds[j] !== 'body'; j--) if (kinds[j] === 'heading' && (!keyed || isChannelName(paras[j]!.text))) kinds[j] = 'masthead'
  }
  // (某某分社 • 正文 ⏎ 盟市动态 ⏎ headline: a channel's name right under a trail that ends with 正文, over the headline, is the trail's.)
  for (let i = 0; i + 2 < paras.length; i++) if (kinds[i] === 'masthead' && /正文\s*$/.test(paras[i]!.text) && kinds[i + 1] === 'heading' && kinds[i + 2] === 'heading' && isChannelName(paras[i + 1]!.text.trim())) kinds[i + 1] = 'masthead'
  // (拉萨 ⏎ 欢迎访问某某局! ⏎ …: short lines above a site's greeting at the top of the page are its widgets.)
  const greeting = paras.slice(0, 5).findIndex((p) => SITE_GREETING.test(p.text))
  for (let i = 0; i < greeting; i++) if (paras[i]!.text.length <= 10) kinds[i] = 'masthead'
  headlineOverChrome(paras, kinds)
  furnitureAsHeadings(paras, kinds)
  bannerOverLinkBar(paras, kinds)
  sponsorOnTop(paras, kinds)
  channelOverHeadline(paras, kinds)
  // (原标题：… under a page's own headline only repeats it.)
  // (来源:… and a time over it are no headline: under them alone it is the headline.)
  for (const [i, p] of paras.entries()) if (ORIGINAL_TITLE.test(p.text) && kinds.slice(0, i).some((k) => k === 'heading' || k === 'subtitle' || k === 'body')) kinds[i] = 'masthead'
  otherPiecesAfterText(paras, kinds)
  // 来源:某某 / 本文转自:某某客户端 / 甲: a name alone on a line right after a page's credit line wrote the piece.
  // (甲 / 2014年10月20日 来源:某某网: or right before it, under the headline.)
  for (let i = 1; i < paras.length; i++) if ((kinds[i - 1] === 'credit' || kinds[i + 1] === 'credit') && (kinds[i] === 'heading' || kinds[i] === 'body') && isSignOff(paras[i]!.text)) kinds[i] = 'byline'
  // 标题 ⏎ 甲 ⏎ 近年来，…: a name alone on a line right over the body, under the headline, wrote the piece.
  // (• 某县检察院 ⏎ • 甲 ⏎ • 2021-02-05: so does one among the page's bulleted notes there.)
  // (A name the body goes on to name is the one the piece is about, set under a portrait.)
  const bodyStart = kinds.indexOf('body')
  const firstHeading = kinds.indexOf('heading')
  const bulleted = (i: number) => /^\s*[•●◆■]/.test(paras[i]?.text ?? '')
  for (let i = Math.max(1, firstHeading + 1); firstHeading >= 0 && i < bodyStart; i++) {
    const line = paras[i]!.text.trim().replace(/^[•●◆■]\s*/, '')
    const placed = i + 1 === bodyStart || (bulleted(i) && bulleted(i + 1))
    if (placed && (kinds[i] === 'heading' || kinds[i] === 'masthead') && isLoneName(line) && isSignOff(line) && !text.includes(line, paras[bodyStart]!.start)) kinds[i] = 'byline'
  }
  // A name alone on the file's last line (before its closing credits) signs the piece.
  let last = paras.length - 1
  while (last > 0 && (kinds[last] === 'masthead' || kinds[last] === 'credit')) last--
  if (last > 0 && (kinds[last] === 'heading' || kinds[last] === 'body') && isSignOff(paras[last]!.text)) kinds[last] = 'byline'
  const usesMarkdown = paras.some((p) => p.level > 0)
  let date: string | null = null
  for (const [i, p] of paras.entries()) if (kinds[i] === 'masthead' && !date) date = isoDate(p.text)

  const endsArticle = (i: number) => {
    const k = kinds[i]
    const p = paras[i]
    // (TRAILING_AUTHOR ends with a closing bracket before spaces and bars: asked first, as in bylinesOf.)
    return k === 'photo' || (p !== undefined && k === 'body' && closesWithBracket(p.text) && TRAILING_AUTHOR.test(p.text) && bylinesOf(p, text).length > 0)
  }
  const creditedPage = kinds.includes('credit')
  const startsArticle = (i: number): boolean => {
    const p = paras[i]!
    if (kinds[i] !== 'heading') return false
    if (usesMarkdown && p.level > 0) return p.level <= 2
    let j = i + 1
    // A credit line under a headline (来源：…) marks it as one; under the headline's second line, the first.
    if (kinds[i + 1] === 'credit' || (kinds[i + 1] === 'heading' && kinds[i + 2] === 'credit' && kinds[i - 1] !== 'heading')) return true
    while (kinds[j] === 'subtitle' || (j === i + 1 && kinds[j] === 'heading')) j++
    const next = paras[j]
    // A web page credits its one piece (来源：… under the headline): a later heading with no credit or
    // byline of its own is one of its sections.
    if (creditedPage && kinds[j] !== 'byline' && kinds.slice(0, i).some((k) => k === 'heading' || k === 'body')) return false
    // (A lead that says when, 日前…, after a heading set in the body with no blank line around it opens a section, no article.)
    // (Asked only of a heading over such a lead: most headings have none.)
    const setOff = () => i === 0 || !kinds.slice(0, i).includes('body') || /\n[ \t\u3000]*\n/.test(text.slice(paras[i - 1]!.end, p.start)) || (next !== undefined && /\n[ \t\u3000]*\n/.test(text.slice(p.end, next.start)))
    if (kinds[j] === 'byline' || (next && kinds[j] === 'body' && (WIRE_LEAD.test(next.text) || (NEWS_LEAD.test(next.text) && setOff())))) return true
    if (kinds[i + 1] === 'subtitle') return true
    let k = i - 1
    while (k >= 0 && (kinds[k] === 'masthead' || kinds[k] === 'credit' || kinds[k] === 'kicker')) k--
    if (k < 0 || endsArticle(k)) return true
    // Photo news: a headline, a caption or two, then the photographers' credit.
    for (let n = i + 1; n <= i + 3 && n < paras.length; n++) {
      if (kinds[n] === 'photo') return true
      if (kinds[n] !== 'body') break
    }
    return false
  }

  // A second headline line right under a first one is its subtitle, not another article.
  const starts: number[] = []
  // So is any line of a headline block: headings one under another (with no credit between) make one headline.
  // (A time stamp between them, 29.10.2022 13:54, leaves them one headline; so does a line giving the original headline, 原标题：….)
  const inHeadlineOf = (i: number, start: number | undefined) => start !== undefined && start < i && kinds.slice(start, i).every((k, n) => k === 'heading' || k === 'subtitle' || (k === 'masthead' && (TIME_STAMP.test(paras[start + n]!.text) || ORIGINAL_TITLE.test(paras[start + n]!.text))))
  for (let i = 0; i < paras.length; i++) if (startsArticle(i) && !inHeadlineOf(i, starts.at(-1))) starts.push(i)
  const warnings: string[] = []
  if (starts.length === 0) {
    // A page with no headline: its first line of text, past its credits (新甘肃·甘肃日报记者 彭雯 …).
    // ((资料图片仅供参考): a picture's note in the text heads nothing; nor does furniture read as text above a headline, a sponsor's line.)
    const first = paras.findIndex((p, i) => kinds[i] !== 'masthead' && kinds[i] !== 'byline' && kinds[i] !== 'credit' && kinds[i] !== 'kicker' && !PICTURE_NOTE.test(p.text))
    if (first >= 0) starts.push(first)
    else if (paras.length > 0) {
      // Every line looks like masthead: read the file as one article rather than drop it.
      starts.push(0)
      kinds.fill('body')
      warnings.push(`every line looked like masthead (date, paper, contacts); read as one article`)
    }
  }
  const setAside = paras.filter((_, i) => kinds[i] === 'masthead')
  if (setAside.length > 0) warnings.push(`${setAside.length} line(s) set aside as masthead: ${setAside.map((p) => p.text.slice(0, 20)).join(' | ')}`)
  const articles: ArticleLayout[] = starts.map((s, n) => {
    const head = paras[s]!
    const next = starts[n + 1]
    // The first article's text starts after the furniture above its headline (lines between two runs
    // of furniture, 9 1/9 …数据源为空, are furniture's too).
    let first = s
    while (n === 0 && first > 0 && kinds[first - 1] !== 'masthead') first--
    const from = paras[first]!.start
    // The credits and masthead lines that close an article (编辑：…) are set aside, not read.
    let last = (next ?? paras.length) - 1
    while (last > s && (kinds[last] === 'masthead' || kinds[last] === 'credit')) last--
    const to = last + 1 < (next ?? paras.length) ? paras[last + 1]!.start : next !== undefined ? paras[next]!.start : text.length
    let subtitle: string | null = null
    const after = paras[s + 1]
    if (after && (kinds[s + 1] === 'subtitle' || (kinds[s + 1] === 'heading' && (kinds[s + 2] === 'byline' || kinds[s + 2] === 'credit')))) subtitle = after.text.replace(/^(——|--|—)\s*/, '')
    // A page with no headline is headed by its first sentence (a quote's stops inside it do not end it).
    const original = ORIGINAL_TITLE.exec(head.text)
    // (安康新闻网讯(通讯员 甲 乙) …: the lead's credit opens no headline.)
    const credit = kinds[s] === 'body' && !original ? (CREDIT_BEFORE_LEAD.exec(head.text)?.[0].length ?? 0) : 0
    // (某县公安局:⏎夜巡护平安: a headline that ends with a colon goes on on the heading line after it.)
    const goesOn = head.text.length <= 20 && /^[^，,。；;：:]+[:：]$/.test(head.text) && after !== undefined && kinds[s + 1] === 'heading'
    // (标题 | ||||||: the empty cells of a table the page was laid out in, after the headline, are no part of it.)
    // (某某标题(引题): an editor's mark of the headline's part is no part of it.)
    const title = (original ? original[1]! : kinds[s] === 'body' ? firstSentence(head.text.slice(credit)) : goesOn ? head.text + after.text : head.text).replace(/[ \u3000]*(?:\|[ \u3000]*)+$/, '').replace(HEADLINE_PART_MARK, '')
    const titleStart = head.start + (original ? head.text.indexOf(title) : credit)
    if (goesOn) subtitle = null
    const furniture = paras.filter((p, i) => kinds[i] === 'masthead' && p.start >= from && p.start < to && PAGE_COLUMN_LINE.test(p.text)).map((p) => ({ start: p.start, end: p.start + p.text.length }))
    return { title, titleSpan: { start: titleStart, end: goesOn ? after.start + after.text.length : titleStart + title.length }, subtitle, span: { start: from, end: to }, bylines: [], sources: [], furniture }
  })
  creditArticles(text, paras, kinds, articles)
  return { date, articles, warnings }
}

/**
 * The credits, bylines and mastheads of a page given to its articles: each names the writers and the
 * media of the article it stands in or over. (A step of `layout`, a function of its own: V8 optimises a
 * function whole, in every worker, and again after each deoptimisation, most of which `layout` met here.)
 */
function creditArticles(text: string, paras: readonly Paragraph[], kinds: readonly Kind[], articles: ArticleLayout[]): void {
  // Bylines: each belongs to the article whose range holds it (credits before the first headline too).
  const creditSources = new Map<ArticleLayout, NewsSource[]>()
  // The lines a staff key alone on the line above credits (初审：⏎甲).
  const creditedBelow = new Set<number>()
  for (const [i, p] of paras.entries()) {
    if (kinds[i] === 'masthead') {
      const staff = staffOf(p, text)
      // 初审：⏎甲: a staff key alone on its line credits the name alone on the next.
      const next = paras[i + 1]
      if (staff.length === 0 && next && STAFF_KEY_ALONE.test(p.text) && isLoneName(next.text)) {
        staff.push(...names(next.text, '编辑', next.start, text))
        creditedBelow.add(i + 1)
      }
      if (staff.length > 0) (articles.findLast((a) => a.span.start <= p.start) ?? articles[0])?.bylines.push(...staff)
      // 青岛新闻网, 某某日报 alone on a line over the page, 某某网>> 栏目 (its trail), 某某网——…官方网站 (its
      // slogan): the medium that publishes it (ONTOLOGY.md v2). (A copyright line may be an aggregator's, which
      // sent no reporter: no source.)
      const holder = COPYRIGHT_HOLDER.exec(p.text)?.[1]
      const portal = (PORTAL_FRONT_PAGE.exec(p.text) ?? FIRST_STEP_SITE.exec(p.text))?.[1]
      const greeting = SITE_GREETING.exec(p.text)
      const medium = greeting?.[1] ?? greeting?.[2] ?? SITE_BANNER.exec(p.text)?.[0] ?? SITE_TRAIL.exec(p.text)?.[1] ?? (portal && !NOT_A_SITE.test(portal) ? portal : undefined) ?? SITE_SLOGAN.exec(p.text)?.[1] ?? EPAPER_OF.exec(p.text)?.[1] ?? MEDIA_AND_TIME.exec(p.text)?.[1]?.split(/[·・\-—]/)[0] ?? PAGE_TITLE_SITE.exec(p.text)?.[1] ?? FIRST_RAN_IN.exec(p.text)?.[1] ?? PRINTED_IN.exec(p.text)?.[1] ?? holder
      // The article the line stands over, else the last one before it.
      const published = articles.find((a) => a.span.start >= p.start) ?? articles.findLast((a) => a.span.start <= p.start)!
      // 您当前的位置：南海网 > 东方新闻网 > …: the sites a trail passes through publish the page too.
      for (const step of TRAIL_START.test(p.text) ? allMatches(p.text, TRAIL_SITE) : []) {
        // (当前所在:网站首页> 法制在线 >正文: a step right after the site's front page is one of its channels.)
        if (/首页\s*$/.test(p.text.slice(0, step.index))) continue
        const at = p.start + step.index + step[0].indexOf(step[1]!)
        addSources(published, [{ name: step[1]!, span: { start: at, end: at + step[1]!.length }, onPage: true }])
      }
      const at = medium ? p.start + p.text.indexOf(medium) : -1
      if (medium && !NOT_A_SOURCE.test(medium)) addSources(published, [{ name: medium, span: { start: at, end: at + medium.length }, onPage: true, ...(medium === holder ? { holder: true as const } : {}) }])
      else if (!medium && !TRAIL_START.test(p.text) && !TRAIL_STEP.test(p.text)) addSources(published, mediaSetOff(p).map((s) => ({ ...s, onPage: true as const })))
      // 某某报业集团主管 《某某报》官方网站: the media group that runs the site is named over the page too.
      const group = GROUP_RUNNING_SITE.exec(p.text)?.[1]
      const groupAt = group ? p.start + p.text.indexOf(group) : -1
      if (group) addSources(published, [{ name: group, span: { start: groupAt, end: groupAt + group.length }, onPage: true }])
      continue
    }
    if (kinds[i] === 'credit') {
      const article = articles.findLast((a) => a.span.start <= p.start) ?? articles[0]
      const credit = creditsOf(p, text)
      if (!article) continue
      addSources(article, credit.sources)
      article.bylines.push(...credit.bylines)
      creditSources.set(article, [...(creditSources.get(article) ?? []), ...credit.sources])
      continue
    }
    // (初审：⏎甲: the name under a staff key alone on its line is credited with that key, above.)
    if (creditedBelow.has(i)) continue
    // (甲 某委员会委员⏎乙 某医院副院长: lines of names and posts, one under another, list people; no one signs.)
    const roster = kinds[i] === 'heading' && isNameThenPosts(p.text) && [paras[i - 1], paras[i + 1]].some((q) => q !== undefined && isNameThenPosts(q.text))
    if (roster) continue
    const found = bylinesOf(p, text, kinds[i])
    const article = articles.find((a) => p.start >= a.span.start && p.start < a.span.end) ?? articles[0]
    if (!article) continue
    // The lead's sender, and the papers a credit names for its reporters, send the article.
    addSources(article, [...(kinds[i] === 'body' ? [leadSource(p), ...leadPartners(p), ...closingSource(p)] : []), ...found.flatMap((b) => b.sources ?? [])])
    article.bylines.push(...found)
  }
  // 来源：某某日报 over a plain `记者 张三`: the reporter serves in the paper the page credits; with no
  // such credit, in the press agency of the wire's dateline (某某社北京8月25日电 … (记者张三)).
  for (const article of articles) {
    const paper = creditSources.get(article)?.find((s) => MEDIA_NAME.test(s.name)) ?? article.sources.find((s) => WIRE_AGENCY.test(s.name))
    // (An author the lead credits as a correspondent, 通讯员, serves elsewhere; an author of a credit
    // that names two media, 东北网-宁江晚报, may serve in either.)
    const correspondents = correspondentsOf(article.bylines)
    const oneMedium = (creditSources.get(article) ?? []).filter((s) => MEDIA_NAME.test(s.name)).length === 1
    if (paper) article.bylines = article.bylines.map((b) => ((b.role === '记者' || (b.role === '作者' && oneMedium && !correspondents.has(b.name))) && !b.sources ? Object.assign({}, b, { sources: [paper] }) : b))
  }
}
