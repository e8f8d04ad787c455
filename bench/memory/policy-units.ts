/**
 * Reproducible English→Chinese "policy" translation units for the memory benchmark: sentences built
 * from aligned phrase slots (actor, verb, object, qualifier, time), drawn with Zipf-like weights so a
 * few phrases are very common and most are rare, plus numbers and regions for variety. About 15% of
 * units are revisions of an earlier unit (one to three slot or word edits), as real memories hold many
 * versions of the same sentence. Both sides are generated together, so the pairs are consistent.
 */
import { mulberry32 } from '../lib/stats'

type Pair = [string, string]

const ACTORS: Pair[] = [
  ['We', '我们'],
  ['The government', '政府'],
  ['Local governments', '地方政府'],
  ['All regions', '各地区'],
  ['The State Council', '国务院'],
  ['Relevant departments', '有关部门'],
  ['Enterprises', '企业'],
  ['Financial institutions', '金融机构'],
  ["The people's congresses", '各级人大'],
  ['Party committees', '各级党委']
]
const VERBS: Pair[] = [
  ['will promote', '将推动'],
  ['must develop', '要发展'],
  ['should strengthen', '应当加强'],
  ['will deepen', '将深化'],
  ['will advance', '将推进'],
  ['must improve', '必须完善'],
  ['will expand', '将扩大'],
  ['should support', '应当支持'],
  ['will accelerate', '将加快'],
  ['must safeguard', '必须维护'],
  ['will foster', '将培育'],
  ['will stabilize', '将稳定']
]
const OBJECTS: Pair[] = [
  ['new quality productive forces', '新质生产力'],
  ['high-quality development', '高质量发展'],
  ['the modern industrial system', '现代化产业体系'],
  ['rural revitalization', '乡村振兴'],
  ['reform and opening up', '改革开放'],
  ['domestic demand', '国内需求'],
  ['green and low-carbon development', '绿色低碳发展'],
  ['the digital economy', '数字经济'],
  ['scientific and technological innovation', '科技创新'],
  ['the private economy', '民营经济'],
  ['employment', '就业'],
  ['the social security system', '社会保障体系'],
  ['food security', '粮食安全'],
  ['the unified national market', '全国统一大市场'],
  ['ecological protection', '生态保护'],
  ['common prosperity', '共同富裕'],
  ['the real economy', '实体经济'],
  ['urban renewal', '城市更新'],
  ['foreign trade', '对外贸易'],
  ['the rule of law', '法治建设'],
  ['public health services', '公共卫生服务'],
  ['basic research', '基础研究'],
  ['new energy vehicles', '新能源汽车'],
  ['advanced manufacturing', '先进制造业']
]
const QUALIFIERS: Pair[] = [
  ['in light of local conditions', '因地制宜'],
  ['across the country', '在全国范围内'],
  ['in a steady manner', '稳步'],
  ['with greater intensity', '加大力度'],
  ['in accordance with the law', '依法'],
  ['on a larger scale', '更大规模地'],
  ['through institutional innovation', '通过制度创新'],
  ['in all respects', '全面'],
  ['at a faster pace', '加快'],
  ['in coordination with other policies', '协同其他政策']
]
const TIMES: Pair[] = [
  ['this year', '今年'],
  ['in the coming year', '来年'],
  ['during the 14th Five-Year Plan period', '“十四五”期间'],
  ['by 2035', '到2035年'],
  ['in the new era', '新时代'],
  ['over the next five years', '今后五年']
]
const REGIONS: Pair[] = [
  ['in the central and western regions', '在中西部地区'],
  ['in rural areas', '在农村地区'],
  ['in border areas', '在边境地区'],
  ['in the Yangtze River Economic Belt', '在长江经济带'],
  ['in the Guangdong-Hong Kong-Macao Greater Bay Area', '在粤港澳大湾区'],
  ['in old revolutionary base areas', '在革命老区'],
  ['in major cities', '在大城市']
]
const TAILS: Pair[] = [
  ['and ensure that policies are fully implemented', '确保政策落地见效'],
  ['and raise living standards', '提高人民生活水平'],
  ['and prevent major risks', '防范化解重大风险'],
  ['and create more jobs', '创造更多就业岗位'],
  ['and improve the business environment', '优化营商环境'],
  ['and share the benefits with all', '让发展成果惠及全体人民']
]

// Objects are mostly adjective + noun combinations (about 4,000), so that, as in a real memory, a
// sentence has few near matches besides its own revisions.
const ADJECTIVES: Pair[] = [
  ['modern', '现代'],
  ['green', '绿色'],
  ['digital', '数字'],
  ['rural', '农村'],
  ['urban', '城市'],
  ['regional', '区域'],
  ['national', '国家'],
  ['public', '公共'],
  ['basic', '基本'],
  ['strategic', '战略性'],
  ['emerging', '新兴'],
  ['traditional', '传统'],
  ['coastal', '沿海'],
  ['industrial', '工业'],
  ['financial', '金融'],
  ['cultural', '文化'],
  ['social', '社会'],
  ['ecological', '生态'],
  ['agricultural', '农业'],
  ['scientific', '科学'],
  ['marine', '海洋'],
  ['medical', '医疗'],
  ['educational', '教育'],
  ['fiscal', '财政'],
  ['local', '地方'],
  ['international', '国际'],
  ['low-carbon', '低碳'],
  ['smart', '智能'],
  ['key', '重点'],
  ['small and medium-sized', '中小'],
  ['high-tech', '高新技术'],
  ['cross-border', '跨境'],
  ['elderly care', '养老'],
  ['water conservancy', '水利'],
  ['transport', '交通'],
  ['energy', '能源'],
  ['housing', '住房'],
  ['grain', '粮食'],
  ['forestry', '林业'],
  ['tourism', '旅游']
]
const NOUNS: Pair[] = [
  ['infrastructure', '基础设施'],
  ['enterprises', '企业'],
  ['industries', '产业'],
  ['services', '服务'],
  ['systems', '体系'],
  ['platforms', '平台'],
  ['projects', '项目'],
  ['markets', '市场'],
  ['institutions', '机构'],
  ['networks', '网络'],
  ['zones', '园区'],
  ['clusters', '集群'],
  ['talent teams', '人才队伍'],
  ['standards', '标准'],
  ['supply chains', '供应链'],
  ['investment', '投资'],
  ['consumption', '消费'],
  ['governance', '治理'],
  ['security capacity', '安全能力'],
  ['pilot programs', '试点项目'],
  ['demonstration zones', '示范区'],
  ['funds', '基金'],
  ['loans', '贷款'],
  ['subsidies', '补贴'],
  ['regulations', '法规'],
  ['reforms', '改革'],
  ['facilities', '设施'],
  ['resources', '资源'],
  ['data centers', '数据中心'],
  ['laboratories', '实验室'],
  ['universities', '高校'],
  ['hospitals', '医院'],
  ['schools', '学校'],
  ['communities', '社区'],
  ['villages', '村庄'],
  ['ports', '港口'],
  ['railways', '铁路'],
  ['power grids', '电网'],
  ['pipelines', '管网'],
  ['warehouses', '仓储'],
  ['brands', '品牌'],
  ['products', '产品'],
  ['technologies', '技术'],
  ['patents', '专利'],
  ['incentives', '激励机制'],
  ['credit systems', '信用体系'],
  ['insurance schemes', '保险制度'],
  ['pension schemes', '养老金制度'],
  ['training programs', '培训项目'],
  ['export bases', '出口基地'],
  ['trade channels', '贸易通道'],
  ['cooperation mechanisms', '合作机制'],
  ['monitoring systems', '监测体系'],
  ['emergency reserves', '应急储备'],
  ['innovation centers', '创新中心'],
  ['incubators', '孵化器'],
  ['industrial parks', '产业园区'],
  ['logistics hubs', '物流枢纽'],
  ['service networks', '服务网络'],
  ['management systems', '管理制度'],
  ['water supplies', '供水'],
  ['wetlands', '湿地'],
  ['grasslands', '草原'],
  ['forests', '森林'],
  ['farmland', '农田'],
  ['seed industries', '种业'],
  ['fisheries', '渔业'],
  ['cultural heritage', '文化遗产'],
  ['sports venues', '体育场馆'],
  ['housing supply', '住房供给'],
  ['public transport', '公共交通'],
  ['charging stations', '充电设施']
]

export interface PolicyUnit {
  en: string
  zh: string
}

/** Zipf-like pick: index i with weight 1/(i+1). */
function zipfPicker(rand: () => number) {
  return <T>(items: T[]): T => {
    let total = 0
    for (let i = 0; i < items.length; i++) total += 1 / (i + 1)
    let x = rand() * total
    for (let i = 0; i < items.length; i++) {
      x -= 1 / (i + 1)
      if (x <= 0) return items[i]
    }
    return items[items.length - 1]
  }
}

interface Slots {
  parts: Pair[]
  n: number | null
}

function render(s: Slots): PolicyUnit {
  const [actor, verb, object, ...rest] = s.parts
  const extra = rest.filter(Boolean)
  const num = s.n === null ? null : s.n
  const enTail = extra.map((p) => p[0]).join(' ')
  const zhTail = extra.map((p) => p[1]).join('')
  const en =
    `${actor[0]} ${verb[0]} ${object[0]}${enTail ? ' ' + enTail : ''}` +
    (num === null ? '.' : `, with ${num} billion yuan allocated.`)
  const zh = `${actor[1]}${zhTail}${verb[1]}${object[1]}` + (num === null ? '。' : `，安排资金${num}亿元。`)
  return { en, zh }
}

function object(rand: () => number, pick: <T>(items: T[]) => T): Pair {
  if (rand() < 0.1) return pick(OBJECTS)
  const a = ADJECTIVES[Math.floor(rand() * ADJECTIVES.length)]
  const n = NOUNS[Math.floor(rand() * NOUNS.length)]
  return [`${a[0]} ${n[0]}`, a[1] + n[1]]
}

function fresh(rand: () => number, pick: <T>(items: T[]) => T): Slots {
  let obj = object(rand, pick)
  if (rand() < 0.5) {
    const second = object(rand, pick)
    obj = [`${obj[0]} and ${second[0]}`, `${obj[1]}和${second[1]}`]
  }
  if (rand() < 0.5) {
    const purpose = object(rand, pick)
    obj = [`${obj[0]} for ${purpose[0]}`, `面向${purpose[1]}的${obj[1]}`]
  }
  const parts: Pair[] = [pick(ACTORS), pick(VERBS), obj]
  if (rand() < 0.6) parts.push(pick(QUALIFIERS))
  if (rand() < 0.5) parts.push(pick(REGIONS))
  if (rand() < 0.6) parts.push(pick(TIMES))
  if (rand() < 0.4) parts.push(pick(TAILS))
  return { parts, n: rand() < 0.5 ? Math.floor(rand() * 5000) + 1 : null }
}

function revise(s: Slots, rand: () => number, pick: <T>(items: T[]) => T): Slots {
  const parts = s.parts.slice()
  let n = s.n
  const edits = 1 + Math.floor(rand() * 3)
  for (let e = 0; e < edits; e++) {
    const x = rand()
    if (x < 0.35) n = Math.floor(rand() * 5000) + 1
    else if (x < 0.6) parts[1] = pick(VERBS)
    else if (x < 0.8 && parts.length > 3) parts.splice(3 + Math.floor(rand() * (parts.length - 3)), 1)
    else parts.push(pick([...TIMES, ...REGIONS]))
  }
  return { parts, n }
}

/** `count` units, the same for the same seed. Also returns a pool of recent slot sets for queries. */
export function* policyUnits(count: number, seed = 2024): Generator<PolicyUnit> {
  const rand = mulberry32(seed)
  const pick = zipfPicker(rand)
  const kept: Slots[] = []
  for (let i = 0; i < count; i++) {
    const s =
      kept.length > 0 && rand() < 0.15 ? revise(kept[Math.floor(rand() * kept.length)], rand, pick) : fresh(rand, pick)
    if (kept.length < 20000) kept.push(s)
    else if (rand() < 0.02) kept[Math.floor(rand() * kept.length)] = s
    yield render(s)
  }
}

/**
 * Query sentences: `exact` sources taken from the memory (every k-th unit), `edited` revisions of
 * memory units (fuzzy matches), `novel` sentences from another seed (mostly no 70% match).
 */
export function policyQueries(memory: PolicyUnit[], exact: number, edited: number, novel: number, seed = 77): string[] {
  const rand = mulberry32(seed)
  const out: string[] = []
  for (let i = 0; i < exact; i++) out.push(memory[Math.floor(rand() * memory.length)].en)
  for (let i = 0; i < edited; i++) {
    const words = memory[Math.floor(rand() * memory.length)].en.split(' ')
    const p = Math.floor(rand() * words.length)
    if (rand() < 0.5) words.splice(p, 1, 'further')
    else words.splice(p, 0, 'steadily')
    out.push(words.join(' '))
  }
  const other = policyUnits(novel, seed + 1)
  for (const u of other) out.push(`${u.en.replace(/\.$/, '')} in every respect.`)
  return out
}
