import { isHanCode, isLatinLetterCode } from './char-classes'

/**
 * English or Chinese, by weighing Han characters against Latin letters. An English word averages
 * about five letters while one Han character is roughly a word, so Latin letters count a quarter:
 * a Chinese article full of English names and acronyms still comes out as Chinese.
 */
export function detectLanguage(text: string): 'en' | 'zh' {
  let han = 0
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isHanCode(c)) han++
    else if (isLatinLetterCode(c)) latin++
  }
  return han > 0 && han * 4 >= latin ? 'zh' : 'en'
}
