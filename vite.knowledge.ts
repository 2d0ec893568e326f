// A Vite plugin that indexes the knowledge articles (src/knowledge/**/*.md) at build time:
// `virtual:knowledge-index` exports every article's front matter, so the app can pick the
// right article without downloading them all; each article's text is loaded when shown.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { metaOf } from './src/knowledge/front-matter';

const ID = 'virtual:knowledge-index';
const RESOLVED = `\0${ID}`;
const ROOT = join(import.meta.dirname, 'src/knowledge');

function articles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return articles(path);
    return e.name.endsWith('.md') && e.name !== 'README.md' && e.name !== 'INDEX.md' ? [path] : [];
  });
}

export function knowledgeIndex(): Plugin {
  return {
    name: 'bounce-lens-knowledge-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const metas = articles(ROOT)
        .sort()
        .map((file) => {
          this.addWatchFile(file);
          return metaOf(
            relative(ROOT, file).replace(/\\/g, '/').replace(/\.md$/, ''),
            readFileSync(file, 'utf8'),
          );
        });
      return `export const ARTICLES = ${JSON.stringify(metas)};`;
    },
  };
}
