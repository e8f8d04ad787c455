// The reproducible Chinese corpus of the Chinese mining speed bench: policy-report sentences built from slots
// (time, actor, adverbial, verb, object = modifier + noun, tail), written for this bench in the register of
// government work reports (not taken from any report), with numbers, quotations and titles, and 6 % of the
// words swapped for words of the general-Chinese reference table, so the vocabulary and the n-grams keep
// growing with the corpus as real text does. Seeded PRNG: the same document range gives the same text.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import type { MiningDocument } from '../../src/core/mining/types'
import { mulberry32 } from '../lib/stats'

const ROOT = new URL('../../', import.meta.url).pathname
export const CHARS_PER_DOC = 20_000

const w = (s: string): string[] => s.split(/\s+/).filter(Boolean)

const TIMES = w('今年 过去一年 今后五年 新时代 “十四五”期间 到2035年 近年来 上半年 全年 明年')
const ACTORS = w('我们 各级政府 各地区各部门 国务院 地方政府 有关部门 广大干部群众 企业 金融机构 各级人大')
const ADVERBIALS = w('大力 积极 稳步 加快 切实 扎实 持续 全面 深入 进一步 坚定不移地 因地制宜 依法 统筹')
const VERBS = w(
  '推进 推动 深化 加强 完善 实施 落实 扩大 提高 促进 支持 培育 发展 建设 优化 健全 强化 保障 稳定 提升 改善 ' +
    '构建 打造 推广 规范 引导 鼓励 巩固 拓展'
)
const MODIFIERS = w(
  '现代 绿色 数字 农村 城市 区域 国家 公共 基本 战略性 新兴 传统 沿海 工业 金融 文化 社会 生态 农业 科技 海洋 ' +
    '医疗 教育 财政 地方 国际 低碳 智能 重点 中小 高新技术 跨境 养老 水利 交通 能源 住房 粮食 林业 旅游 民营 ' +
    '普惠 县域 城乡 先进 高端 基础 创新型 开放型 服务型'
)
const NOUNS = w(
  '基础设施 企业 产业 服务 体系 平台 项目 市场 机构 网络 园区 集群 人才队伍 标准 供应链 投资 消费 治理 试点 ' +
    '示范区 基金 贷款 补贴 法规 改革 设施 资源 数据中心 实验室 高校 医院 学校 社区 村庄 港口 铁路 电网 管网 ' +
    '品牌 产品 技术 专利 激励机制 信用体系 保险制度 养老金制度 合作机制 监测体系 应急储备 经济 制造业 服务业 ' +
    '产业链 创新体系 公共服务 社会保障 营商环境 生态环境'
)
const TERMS = w(
  '新质生产力 高质量发展 供给侧结构性改革 碳达峰碳中和 乡村振兴 共同富裕 全国统一大市场 现代化产业体系 ' +
    '中国式现代化 新型城镇化 实体经济 数字经济 民营经济 粮食安全 就业优先政策 积极的财政政策 稳健的货币政策 ' +
    '一带一路 放管服 稳增长 保就业 两个一百年 六稳六保 三农 小微企业 专精特新 科技自立自强 区域协调发展战略'
)
const TAILS = w(
  '确保政策落地见效 提高人民生活水平 防范化解重大风险 创造更多就业岗位 优化营商环境 让发展成果惠及全体人民 ' +
    '增强发展内生动力 推动经济实现质的有效提升和量的合理增长 不断满足人民日益增长的美好生活需要'
)
const TITLES = w('政府工作报告 中华人民共和国民法典 国家中长期科学和技术发展规划纲要 乡村振兴促进法 优化营商环境条例')

let vocab: string[] | null = null

/** General-Chinese words to swap in: the reference table's words of rank 500–30,500 (no function words). */
function referenceWords(): string[] {
  vocab ??= readFileSync(join(ROOT, 'resources/mining/zh-word-freq.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(500, 30_500)
    .map((l) => l.split('\t')[0])
    .filter((word) => word.length >= 2)
  return vocab
}

function sentence(rnd: () => number): string {
  const pick = (list: string[]) => list[Math.floor(rnd() * list.length)]
  const words = referenceWords()
  const swap = (word: string) => (rnd() < 0.06 ? pick(words) : word)
  const object = () => {
    const r = rnd()
    if (r < 0.25) return rnd() < 0.3 ? `“${pick(TERMS)}”` : pick(TERMS)
    if (r < 0.3) return `《${pick(TITLES)}》`
    return swap(pick(MODIFIERS)) + swap(pick(NOUNS))
  }
  const clauses: string[] = []
  const n = 2 + Math.floor(rnd() * 3)
  for (let k = 0; k < n; k++) {
    let c = ''
    if (k === 0 && rnd() < 0.4) c += pick(TIMES) + '，'
    if (k === 0 && rnd() < 0.5) c += pick(ACTORS) + (rnd() < 0.5 ? '要' : '')
    if (rnd() < 0.6) c += swap(pick(ADVERBIALS))
    c += swap(pick(VERBS)) + object()
    if (rnd() < 0.3) c += '和' + object()
    if (rnd() < 0.2) c += `，增长${(rnd() * 10).toFixed(1)}%`
    if (rnd() < 0.15) c += `，达到${Math.floor(rnd() * 9000) + 100}亿元`
    if (rnd() < 0.2) c += '，' + pick(TAILS)
    clauses.push(c)
  }
  return clauses.join(rnd() < 0.8 ? '，' : '；') + '。'
}

/** Documents [from, to) of the synthetic corpus, about CHARS_PER_DOC characters each. */
export function generateChinese(from: number, to: number, charsPerDoc = CHARS_PER_DOC): MiningDocument[] {
  const docs: MiningDocument[] = []
  for (let d = from; d < to; d++) {
    const rnd = mulberry32(d + 1)
    const segments: { id: number; text: string }[] = []
    let chars = 0
    let seg = d * 10_000
    while (chars < charsPerDoc) {
      const text = sentence(rnd)
      segments.push({ id: seg++, text })
      chars += text.length
    }
    docs.push({ id: d + 1, date: `${2015 + (d % 10)}-03-05`, segments })
  }
  return docs
}

export function countChars(docs: MiningDocument[]): number {
  let n = 0
  for (const d of docs) for (const s of d.segments) n += s.text.length
  return n
}
