import { rendererDir } from '../../app-paths'
import { startWebBridge } from '../../web-bridge'
import { CliError, type Command } from '../command'

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the app in a browser on 127.0.0.1 (browser mode); prints the URL to open.',
  usage: 'shuyu serve [--port N] [--db FILE] [--lang en|zh-CN]',
  options: { port: { type: 'string', default: '0' }, lang: { type: 'string' } },
  async run({ values, io, services }) {
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`bad --port: ${values.port}`)
    const lang = values.lang as string | undefined
    if (lang && !['en', 'zh-CN', 'zh'].includes(lang)) throw new CliError(`bad --lang: ${lang} (en or zh-CN)`)
    const { app, handlers } = await services()
    const bridge = await startWebBridge(app, handlers, {
      port,
      rendererDir: rendererDir(),
      lang: lang === 'zh' ? 'zh-CN' : lang
    })
    io.err(`Shuyu is serving ${app.workspace.file}; open this address (Ctrl+C to stop):\n`)
    io.out(`${bridge.url}\n`)
    await new Promise<void>((resolve) => {
      const stop = () => resolve()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    await bridge.close()
    app.close()
    return 0
  }
}
