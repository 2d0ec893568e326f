// The engine runs unchanged in browsers, Web Workers and Node. It is type-checked with
// the bare ES2022 library, so it can use only the few web-standard globals declared
// here, which all three environments provide (postal-mime's own type files name them too).

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };
interface Blob {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}
interface ReadableStream<R = unknown> {
  readonly locked: boolean;
  getReader(): { read(): Promise<{ done: boolean; value?: R }>; releaseLock(): void };
}
interface AbortSignal {
  readonly aborted: boolean;
}
/** Used only to yield between messages of a long mbox, so a cancel request can be handled. */
declare function setTimeout(handler: () => void, timeout?: number): unknown;
