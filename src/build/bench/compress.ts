/**
 * Compression as a well-configured static host would apply it: gzip at level 9 and brotli at
 * quality 11 (both the strongest settings; hosts that compress ahead of time use these).
 */
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  gunzipSync,
  gzipSync,
} from 'node:zlib';

export type Encoding = 'gzip' | 'br';

export function gzip9(data: Uint8Array): Buffer {
  return gzipSync(data, { level: 9 });
}

export function brotli11(data: Uint8Array, textual = true): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: textual
        ? constants.BROTLI_MODE_TEXT
        : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength,
    },
  });
}

export function compress(data: Uint8Array, encoding: Encoding): Buffer {
  return encoding === 'gzip' ? gzip9(data) : brotli11(data);
}

/**
 * Decodes as much as possible of a (possibly truncated) compressed stream, as a browser does
 * while the rest is still on the wire: a flush instead of an "unexpected end of file" error.
 */
export function decodePrefix(compressed: Uint8Array, encoding: Encoding): Buffer {
  return encoding === 'gzip'
    ? gunzipSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH })
    : brotliDecompressSync(compressed, { finishFlush: constants.BROTLI_OPERATION_FLUSH });
}
