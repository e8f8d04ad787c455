// Lint rules, including the layer rule of DESIGN.md enforced so it cannot quietly rot:
// only src/main/index.ts and src/preload/ may import electron; src/core stays pure.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import tseslint from 'typescript-eslint'

const electronBan = {
  paths: [{ name: 'electron', message: 'Only src/main/index.ts and src/preload/ may import electron.' }]
}
const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'worker_threads', 'http', 'net', 'crypto']

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.electron-native/**',
      'bench/results/**',
      'test-results/**',
      '.tmp/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        __dirname: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        window: 'readonly',
        document: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        fetch: 'readonly',
        EventSource: 'readonly',
        navigator: 'readonly',
        Intl: 'readonly',
        queueMicrotask: 'readonly',
        require: 'readonly',
        module: 'writable'
      }
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', electronBan]
    }
  },
  {
    files: ['src/main/index.ts', 'src/preload/**'],
    rules: { 'no-restricted-imports': 'off' }
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronBan.paths[0],
            { name: 'better-sqlite3', message: 'src/core is pure: no SQLite.' },
            ...nodeBuiltins.flatMap((m) => [
              { name: m, message: 'src/core is pure: no Node built-ins (fs, path, ...).' },
              { name: `node:${m}`, message: 'src/core is pure: no Node built-ins (fs, path, ...).' }
            ])
          ],
          patterns: [
            { group: ['**/main/**', '**/renderer/**', '**/server/**'], message: 'core depends on shared only.' }
          ]
        }
      ]
    }
  },
  {
    // main ↛ server: the team server is a separate program (src/server), started by the shuyu launcher.
    files: ['src/main/**'],
    ignores: ['src/main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan.paths[0]],
          patterns: [{ group: ['**/server', '**/server/**'], message: 'main never imports the team server.' }]
        }
      ]
    }
  },
  {
    // VS Code's layering, one level further: the transports (Electron shell, web bridge, CLI, dispatch) sit on
    // the handlers, the handlers on the areas; an area module never reaches up into the transport layer.
    files: ['src/main/*/**'],
    ignores: ['src/main/handlers/**', 'src/main/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan.paths[0]],
          patterns: [
            { group: ['**/handlers', '**/handlers/**'], message: 'Areas of main never import the transport layer.' },
            { group: ['**/renderer/**'], message: 'main never imports the renderer.' },
            { group: ['**/server', '**/server/**'], message: 'main never imports the team server.' }
          ]
        }
      ]
    }
  },
  {
    // The team server (issue #20): a Node program of its own over PostgreSQL. server → core, shared; never main
    // (no SQLite, no Electron), never the renderer.
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronBan.paths[0],
            { name: 'better-sqlite3', message: 'The team server keeps its data in PostgreSQL, not SQLite.' }
          ],
          patterns: [
            { group: ['**/main', '**/main/**'], message: 'server depends on core and shared only.' },
            { group: ['**/renderer/**'], message: 'server depends on core and shared only.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan.paths[0], { name: 'better-sqlite3', message: 'The renderer talks to the API only.' }],
          patterns: [{ group: ['**/main/**', '**/core/**', 'node:*'], message: 'renderer depends on shared only.' }]
        }
      ]
    }
  },
  {
    files: ['**/*.cjs', '**/*.mjs', 'scripts/**', 'bench/**', 'bin/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  }
)
