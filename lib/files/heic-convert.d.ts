// heic-convert ships no types; this is the one call the upload checks make.
declare module 'heic-convert' {
  export default function convert(options: { buffer: Uint8Array | ArrayBuffer; format: 'JPEG' | 'PNG'; quality?: number }): Promise<ArrayBuffer>;
}
