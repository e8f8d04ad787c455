import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type ProxyMode = 'pass' | 'drop-push-reply' | 'down'

/**
 * An HTTP relay in front of a team server, to play the network: `pass` relays, `drop-push-reply` lets a push
 * reach the server and then cuts the connection before its reply (the server committed, the workspace never
 * heard), `down` refuses every request as a vanished server would. `target` may be switched (a URL that now
 * points at another server).
 */
export async function startRelay(initialTarget: string): Promise<{
  url: string
  mode: ProxyMode
  target: string
  pushes: number
  close(): Promise<void>
}> {
  const state = { mode: 'pass' as ProxyMode, target: initialTarget, pushes: 0 }
  const server: Server = createServer(async (req, res) => {
    if (state.mode === 'down') {
      req.socket.destroy()
      return
    }
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const isPush = req.url?.startsWith('/v1/push') ?? false
    if (isPush) state.pushes++
    const upstream = await fetch(new URL(req.url ?? '/', state.target), {
      method: req.method,
      headers: Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k))
      ) as Record<string, string>,
      body: chunks.length ? Buffer.concat(chunks) : undefined
    })
    const body = Buffer.from(await upstream.arrayBuffer())
    if (isPush && state.mode === 'drop-push-reply') {
      req.socket.destroy()
      return
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  })
}
