// Builds the command-line tool (src/cli) for Node: one self-contained ES module per entry,
// so `bin/bouncelens.mjs` starts quickly without resolving packages at run time.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
