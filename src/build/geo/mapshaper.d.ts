/**
 * Minimal typing for the part of mapshaper's Node API that the geography
 * build uses. mapshaper ships no type declarations of its own.
 */
declare module 'mapshaper' {
  /** Output files of the `-o` commands, keyed by file name. */
  type MapshaperOutput = Record<string, string | Uint8Array>;

  interface MapshaperApi {
    /**
     * Run a mapshaper command string with in-memory input "files" (file name →
     * content: a string, a Buffer, or an already parsed GeoJSON object) and
     * resolve with the output files instead of writing them to disk.
     */
    applyCommands(commands: string, input?: Record<string, unknown>): Promise<MapshaperOutput>;
  }

  const mapshaper: MapshaperApi;
  export default mapshaper;
}
