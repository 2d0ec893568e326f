// The build-time index of the knowledge articles (see vite.knowledge.ts).
declare module 'virtual:knowledge-index' {
  export const ARTICLES: import('../knowledge/front-matter').ArticleMeta[];
}
