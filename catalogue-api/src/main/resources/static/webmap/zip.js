// Reads the files of a zip held in memory: the offline packs the catalogue writes (stored and
// deflated entries, no ZIP64, no encryption). Deflated entries are inflated by the browser's own
// DecompressionStream. See docs/decisions/0072-offline-web-map.md for why there is no library.

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** A Map from each file's path to its bytes. */
export async function readZip(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== DIRECTORY_ENTRY) {
      throw new Error('the pack is damaged (central directory)');
    }
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (view.getUint32(local, true) !== LOCAL_HEADER) {
      throw new Error(`the pack is damaged (${name})`);
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressedSize);
    if (method === 0) {
      files.set(name, data);
    } else if (method === 8) {
      const inflated = await inflate(data);
      if (inflated.length !== size) {
        throw new Error(`the pack is damaged (${name} inflates to ${inflated.length} bytes, not ${size})`);
      }
      files.set(name, inflated);
    } else {
      throw new Error(`the pack uses a compression this page does not read (${method})`);
    }
  }
  return files;
}

function findEndOfDirectory(view) {
  // the record is 22 bytes, followed by a comment of at most 65,535 bytes
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 65535); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      return at;
    }
  }
  throw new Error('not a zip file');
}

async function inflate(data) {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
