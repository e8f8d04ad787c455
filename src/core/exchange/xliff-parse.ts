/**
 * Streaming XLIFF reader for QA: XLIFF 1.2 (and the SDLXLIFF and memoQ MQXLIFF dialects of it) and XLIFF
 * 2.0/2.1/2.2, told apart by the root element. Units are read on the project's XML scanner (xml-scanner.ts),
 * one at a time: no DOM, memory bounded by the largest unit. The scanner's security rules hold (no external
 * entities, no entity declarations).
 */
import type { BilingualFormat, BilingualUnit } from './bilingual-model'
import { xliff1Handlers } from './xliff1-reader'
import { xliff2Handlers } from './xliff2-reader'
import { readXml, type XmlChunks, type XmlHandlers } from './xml-reader'

export interface XliffParseOptions {
  /** Called once the root says which XLIFF this is (before the first unit). */
  onFormat?: (format: BilingualFormat) => void
}

export function parseXliff(
  chunks: XmlChunks,
  fileName: string,
  options: XliffParseOptions = {}
): AsyncGenerator<BilingualUnit> {
  return readXml<BilingualUnit>(chunks, fileName, (ctx) => {
    let inner: XmlHandlers | null = null
    return {
      open(name, attrs) {
        if (inner) return inner.open(name, attrs)
        if (name !== 'xliff') {
          ctx.fail(`not an XLIFF file: root element <${name}>`, 'exchange.xliff.notXliff', { root: name })
        }
        const version = attrs.version ?? ''
        const v2 = version.startsWith('2') || /xliff:document:2\./.test(attrs.xmlns ?? '')
        const format: BilingualFormat = v2
          ? 'xliff2'
          : 'xmlns:sdl' in attrs
            ? 'sdlxliff'
            : 'xmlns:mq' in attrs
              ? 'mqxliff'
              : 'xliff'
        options.onFormat?.(format)
        inner = v2 ? xliff2Handlers(ctx, attrs) : xliff1Handlers(ctx, format)
      },
      close: (name) => inner?.close(name),
      text: (t) => inner?.text(t),
      wantsText: () => inner?.wantsText?.() ?? false
    }
  })
}
