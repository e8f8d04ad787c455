/**
 * A fixed-size Bloom filter over strings: "certainly never added" or "maybe added". The importers use it
 * to skip the duplicate-lookup query for keys this import has not written yet, when the workspace held
 * no rows that could match when the import began (the common first import of a large file: the profile
 * had one index lookup per unit/term next to the insert itself). A "maybe" always falls back to the
 * exact SQL lookup, so a false positive costs one query and never changes a result. Memory is constant
 * (2 MiB) however large the file; the false-positive rate rises slowly past a few million keys.
 */
const BITS = 1 << 24
const MASK = BITS - 1

export class SeenFilter {
  private readonly bits = new Uint32Array(BITS >>> 5)

  add(key: string): void {
    const [a, b] = hashes(key)
    for (let k = 0; k < 3; k++) {
      const bit = (a + k * b) & MASK
      this.bits[bit >>> 5] |= 1 << (bit & 31)
    }
  }

  mightHave(key: string): boolean {
    const [a, b] = hashes(key)
    for (let k = 0; k < 3; k++) {
      const bit = (a + k * b) & MASK
      if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return false
    }
    return true
  }
}

/** Two independent 32-bit hashes (FNV-1a and a multiplicative one); double hashing derives the rest. */
function hashes(s: string): [number, number] {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
  return [a >>> 0, (b | 1) >>> 0]
}
