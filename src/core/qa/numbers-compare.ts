/**
 * Which numbers of a source its translation lacks (the `number` check), with what official translations do
 * to numbers without being wrong, measured on published Chinese–English reports:
 * - a year said relative to the text's date (2024年 → "this year"), or left out: a year counts as missing only
 *   when the target gives another year instead;
 * - a growth said as a percent on one side and as a multiple on the other (171% ↔ 增长1.71倍, 120% ↔ 2.2倍);
 * - weights and areas converted between Chinese and metric units (10570亿斤 ↔ 528.5 million tons, 亩 ↔
 *   hectares): a number with such a unit is not compared when the other side uses the other system;
 * - 100% ↔ 全部/all, 50% ↔ 一半/half;
 * - a number left out, or rounded into a phrase (规模以上 for "20 million yuan or more").
 * So a source number is flagged when the numbers differ: it is in no form in the target, and the target has a
 * number of its own (digits) that nothing in the source explains, of the same order (a tenth to ten times):
 * 5.2% → 5.3%, 2024 → 2025, 6.66 million → 660万.
 */
import { type NumberMention, sourceNumbers, targetValues, valueKey } from './numbers'

const RELATIVE_YEAR =
  /\b(?:this|last|next|past|previous|coming|current|the same) year\b|今年|去年|明年|上年|本年|当年|同年|前年|后年/i
const MULTIPLE = /倍|\btimes\b|\bfold\b|\bdouble|\btriple/i
const CHINESE_MEASURE = /斤|亩/
const METRIC_MEASURE = /\b(?:tons?|tonnes?|hectares?|kilograms?|kg)\b|公斤|吨|公顷/i
const ALL = /全部|全面|所有|全覆盖|百分之百|\b(?:all|full|fully|entire|every)\b/i
const HALF = /一半|半数|\bhalf\b/i

const isYear = (m: NumberMention): boolean =>
  m.kind === 'plain' && Number.isInteger(m.value) && m.value >= 1900 && m.value <= 2100 && /^\d{4}/.test(m.text)

/** Source numbers the target does not hold in any form, each once. */
export function missingNumbers(
  source: string,
  target: string,
  srcLang: 'en' | 'zh',
  tgtLang: 'en' | 'zh'
): NumberMention[] {
  const mentions = sourceNumbers(source, srcLang)
  if (mentions.length === 0) return []
  const values = targetValues(target, tgtLang)
  const has = (v: number) => values.has(valueKey(v))
  const sourceKeys = new Set(mentions.map((m) => m.key))
  // The target's own numbers (digits) that no reading of the source accounts for.
  const sourceValues = targetValues(source, srcLang)
  const unexplained = sourceNumbers(target, tgtLang)
    .map((t) => t.value)
    .filter((v) => !sourceValues.has(valueKey(v)) && !sourceKeys.has(valueKey(v)))
  const differs = (m: NumberMention) =>
    unexplained.some((v) => m.value === 0 || (v / m.value >= 0.1 && v / m.value <= 10))
  const seen = new Set<string>()
  return mentions.filter((m) => {
    if (seen.has(m.key)) return false
    seen.add(m.key)
    if (has(m.value)) return false
    if (isYear(m) && RELATIVE_YEAR.test(target)) return false
    if (m.kind === 'percent') {
      if (MULTIPLE.test(target) && (has(m.value / 100) || has(m.value / 100 + 1))) return false
      if (m.value === 100 && ALL.test(target)) return false
      if (m.value === 50 && HALF.test(target)) return false
    }
    if (m.kind === 'times' && (has(m.value * 100) || has((m.value - 1) * 100))) return false
    if (m.kind === 'measure' && (CHINESE_MEASURE.test(source) ? METRIC_MEASURE : CHINESE_MEASURE).test(target)) {
      return false
    }
    return differs(m)
  })
}
