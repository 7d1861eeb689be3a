package io.ccsim.random;

import java.nio.charset.StandardCharsets;

/** SplitMix64 finalizer and a stable string hash, used to derive independent stream seeds. */
final class SplitMix64 {
  private SplitMix64() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** FNV-1a over UTF-8 bytes: unlike {@code String.hashCode} it is 64 bits wide and specified here. */
  static long hash(String text) {
    long h = 0xCBF29CE484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001B3L;
    }
    return h;
  }
}
