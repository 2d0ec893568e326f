// Builds the command-line tool (src/cli) for Node: one self-contained ES module per entry,
// so `bin/bouncelens.mjs` starts quickly without resolving packages at run time. The engine
// entry lets the benchmarks load exactly the code the CLI runs.
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
      input: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts', engine: 'src/core/index.ts' },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[name].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
