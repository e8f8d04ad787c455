import { readFileSync } from 'node:fs'
import { Readable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { UploadSpool } from '../../src/main/corpus/upload-spool'
import { BodyError, readUploadBody } from '../../src/main/web-upload'

const limits = { maxFileBytes: 1 << 20, maxOtherChars: 1 << 16 }

/** Feeds `body` in pieces cut at the given byte offsets. */
function pieces(body: Buffer, cuts: number[]): Readable {
  const parts: Buffer[] = []
  let from = 0
  for (const cut of [...cuts, body.length]) {
    parts.push(body.subarray(from, cut))
    from = cut
  }
  return Readable.from(parts)
}

describe('reading an upload body as it streams', () => {
  const files = [
    { name: '报告 “一”.txt', content: Buffer.from('高质量发展是首要任务。\u0000\n') },
    { name: 'b\\"q.pdf', content: Buffer.from([0, 255, 1, 254, 47, 63, 62]) }
  ]
  const envelope = {
    arg: { files: files.map((f) => ({ name: f.name, base64: f.content.toString('base64') })), jobId: 'j-1' },
    extra: [1, -2.5e3, true, false, null, 'é\u2028\ud83d\ude00']
  }
  // JSON may escape "/": the renderer's JSON.stringify does not, but a client may.
  const body = Buffer.from(JSON.stringify(envelope).replace(/\//g, '\\/'), 'utf8')

  it('gives the same envelope as JSON.parse, each file spooled with its exact bytes, however the body is cut', async () => {
    const spool = new UploadSpool()
    for (let cut = 1; cut < body.length; cut += 3) {
      const { envelope: got, spooled } = await readUploadBody(
        pieces(body, [cut, Math.min(body.length, cut + 7)]),
        spool,
        limits
      )
      const parsed = got as { arg: { files: { name: string; spooled: string }[]; jobId: string }; extra: unknown }
      expect(parsed.extra).toEqual(envelope.extra)
      expect(parsed.arg.jobId).toBe('j-1')
      expect(parsed.arg.files.map((f) => f.name)).toEqual(files.map((f) => f.name))
      expect(parsed.arg.files.map((f) => f.spooled)).toEqual(spooled)
      for (const [k, id] of spooled.entries()) {
        const path = spool.take(id)!
        expect(readFileSync(path)).toEqual(files[k].content)
        spool.discard(path)
      }
    }
  })

  it('refuses malformed bodies (400) and oversized ones (413), removing what it spooled', async () => {
    const spool = new UploadSpool()
    for (const bad of ['{"arg":{"files":[{"base64":"QUJD"}]', '{"arg" 1}}', '{"a":tru}', '{"a":1}}', '{"a":"\\x"}']) {
      await expect(readUploadBody(Readable.from([Buffer.from(bad)]), spool, limits)).rejects.toMatchObject({
        status: 400
      })
    }
    const big = Buffer.from(`{"arg":{"files":[{"name":"x","base64":"${'QUJD'.repeat(400_000)}"}]}}`)
    await expect(readUploadBody(Readable.from([big]), spool, limits)).rejects.toBeInstanceOf(BodyError)
    const chatty = Buffer.from(`{"arg":{"jobId":"${'x'.repeat(70_000)}"}}`)
    await expect(readUploadBody(Readable.from([chatty]), spool, limits)).rejects.toMatchObject({ status: 413 })
  })
})
