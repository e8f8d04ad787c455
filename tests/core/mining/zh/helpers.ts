import type { MiningDocument } from '../../../../src/core/mining/types'
import { type ChineseReference, chineseReferenceFromCounts } from '../../../../src/core/mining/zh/index'
import { maxMatchSegmenter } from '../../../helpers/max-match-segmenter'

/** The dictionary of the test segmenter: common words, a few policy words; 新质生产力, 碳达峰, 放管服 are
 *  absent, as from jieba's, so they come out in pieces. */
export const WORDS = (
  '我们 要 加快 发展 生产力 推进 供给 侧 结构性 改革 实现 碳 中和 政府 工作 报告 提出 坚持 稳中求进 总基调 ' +
  '经济 社会 全面 深化 扩大 内需 扩大内需 养老 保险 养老保险 基本 制度 完善 城镇 职工 农村 地区 企业 国有企业 ' +
  '中小企业 就业 创新 政策 继续 实施 积极 财政 货币 稳健 今年 去年 增长 目标 左右 加强 建设 基础 设施 ' +
  '基础设施 一批 重大 项目 群众 生活 水平 提高 不断 进一步 工作 重点 任务 规划 五年 期间 开局 良好 各项 ' +
  '取得 明显 成效 行政 审批 简政放权 优化 服务 营商 环境 市场 主体 活力 增强 协调 区域 统筹 城乡 居民 收入 ' +
  '人均 可 支配 消费 价格 上涨 保持 稳定 能源 资源 节约 节能 减排 生态 保护 治理 污染 防治 攻坚战 打好'
).split(' ')

export const segmenter = maxMatchSegmenter(WORDS)

/** A small general-Chinese table: the common words frequent, the policy words rare; total as jieba's. */
export function reference(): ChineseReference {
  const counts: Record<string, number> = {}
  const tags: Record<string, string> = {}
  for (const w of WORDS) {
    counts[w] = 20_000
    tags[w] = 'n'
  }
  Object.assign(counts, { 我们: 300_000, 要: 150_000, 发展: 68_000, 推进: 4_900, 加快: 3_500, 加强: 11_000 })
  for (const w of ['推进', '加快', '加强', '实施', '坚持', '提高', '实现', '完善', '扩大', '保持', '打好'])
    tags[w] = 'v'
  for (const w of ['养老保险', '扩大内需', '国有企业', '中小企业', '简政放权', '节能', '减排', '内需']) counts[w] = 300
  for (const c of '新质碳达峰放管服稳六十四五三农'.split('')) counts[c] = 30_000
  for (const c of '的了和在是与及等'.split('')) {
    counts[c] = 500_000
    tags[c] = 'u'
  }
  return chineseReferenceFromCounts(counts, tags, 60_000_000)
}

/** Policy-report sentences written for these tests, spread over documents of different years. */
export const SENTENCES = [
  '我们要加快发展新质生产力，推进供给侧结构性改革。',
  '坚持稳中求进工作总基调，全面深化改革，扩大内需。',
  '积极稳妥推进碳达峰碳中和，打好污染防治攻坚战。',
  '深化“放管服”改革，优化营商环境，增强市场主体活力。',
  '继续实施积极的财政政策和稳健的货币政策。',
  '“十四五”规划开局良好，各项工作取得明显成效。',
  '做好“六稳”工作，落实“六保”任务，保持经济稳定。',
  '完善城镇职工基本养老保险制度，提高群众生活水平。',
  '发展新质生产力是推动高质量发展的内在要求。',
  '深化供给侧结构性改革，推进简政放权。',
  '实现碳达峰碳中和是一场广泛而深刻的变革。',
  '持续推进“放管服”改革，激发市场主体活力。',
  '支持国有企业和中小企业创新发展，稳定就业。',
  '城乡居民人均可支配收入实际增长，消费价格保持稳定。',
  '实施《政府工作报告》提出的各项任务，推进“十四五”重大项目建设。',
  '加强基础设施建设，扩大内需，推进新质生产力发展。',
  '节能减排取得明显成效，生态保护不断加强。',
  '全面深化改革，坚持稳中求进工作总基调。'
]

/** Documents of three sentences each, one year apart (2015 on). */
export function corpus(sentences: string[] = SENTENCES, firstId = 1): MiningDocument[] {
  const docs: MiningDocument[] = []
  for (let i = 0; i < sentences.length; i += 3) {
    const id = firstId + i / 3
    docs.push({
      id,
      date: `${2015 + i / 3}-03-05`,
      segments: sentences.slice(i, i + 3).map((text, k) => ({ id: id * 100 + k, text }))
    })
  }
  return docs
}
