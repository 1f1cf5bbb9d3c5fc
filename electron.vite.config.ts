import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// The main build has three entries: the Electron shell and the HTTP host (plain Node, no 'electron'),
// both binding the same router from electron/core, and the exports' worker thread (export-jobs.ts starts
// out/main/export-worker.js). node_modules stay external (better-sqlite3 is native).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          host: resolve(__dirname, 'electron/host/index.ts'),
          'export-worker': resolve(__dirname, 'electron/core/export/export-worker.ts'),
        },
      },
    },
  },
  preload: {
    // DESIGN.md: the sandboxed preload must be one CommonJS bundle with no externals.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: process.env.RENDERER_NO_MINIFY !== '1',
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
