import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

// Main-process bundle holds four entries: the Electron shell, the `shuyu` CLI, the worker that runs long
// jobs off the main thread, and the team server program (src/server, started by bin/shuyu.cjs for
// `shuyu team server|user`; it needs neither Electron nor SQLite). Dependencies stay external (better-sqlite3 must
// remain a real require of its .node file).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          worker: resolve(__dirname, 'src/main/jobs/worker.ts'),
          'team-server': resolve(__dirname, 'src/server/main.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: {
        // CommonJS preload so the window can keep `sandbox: true`.
        output: { format: 'cjs', entryFileNames: '[name].js' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') }
    },
    plugins: [react()]
  }
})
