/**
 * Bytes to base64 without `Buffer` (the renderer has no Node). Chunks keep
 * String.fromCharCode's argument list well under engine limits for multi-megabyte files.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const chunk = 0x8000
  let binary = ''
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

/** Reads dropped or picked files into the shape `corpus/upload` takes. */
export async function filesToPayload(files: readonly File[]): Promise<{ name: string; base64: string }[]> {
  return Promise.all(
    files.map(async (file) => ({ name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) }))
  )
}
