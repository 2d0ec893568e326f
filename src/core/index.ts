// The engine's public surface: analyze() and the report's types.
export { analyze, MAX_INPUT_BYTES } from './analyze';
export * from './types';
