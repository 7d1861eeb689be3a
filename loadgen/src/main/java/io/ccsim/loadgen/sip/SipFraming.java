package io.ccsim.loadgen.sip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Cuts a stream (SIP over TCP) into messages: a header block ending in an empty line, then as many bytes
 * of body as its Content-Length says (RFC 3261 section 18.3). Keep-alive empty lines between messages are
 * skipped. Not thread-safe: one reader feeds it.
 */
public final class SipFraming {
  /** A header block this long without its end is not SIP; the stream is given up. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  private byte[] buffer = new byte[8192];
  private int length;

  /**
   * Adds bytes read from the stream and hands each complete message to {@code sink}.
   *
   * @throws IllegalArgumentException when the stream is not SIP (a header block too long, a bad length)
   */
  public void feed(byte[] data, int count, Consumer<SipMessage> sink) {
    if (length + count > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
    }
    System.arraycopy(data, 0, buffer, length, count);
    length += count;
    int start = 0;
    while (true) {
      while (start < length && (buffer[start] == '\r' || buffer[start] == '\n')) {
        start++;
      }
      int headEnd = indexOfBlankLine(start);
      if (headEnd < 0) {
        if (length - start > MAX_HEADER_BYTES) {
          throw new IllegalArgumentException("a SIP header block longer than " + MAX_HEADER_BYTES + " bytes");
        }
        break;
      }
      int bodyLength = contentLength(start, headEnd);
      int end = headEnd + 4 + bodyLength;
      if (end > length) {
        break;
      }
      sink.accept(SipMessage.parse(buffer, start, end - start));
      start = end;
    }
    System.arraycopy(buffer, start, buffer, 0, length - start);
    length -= start;
  }

  private int indexOfBlankLine(int from) {
    for (int i = from; i + 3 < length; i++) {
      if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private int contentLength(int start, int headEnd) {
    String head = new String(buffer, start, headEnd - start, StandardCharsets.UTF_8);
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (name.equals("content-length") || name.equals("l")) {
        try {
          int n = Integer.parseInt(line.substring(colon + 1).strip());
          if (n < 0 || n > MAX_HEADER_BYTES) {
            throw new IllegalArgumentException("a SIP Content-Length of " + n);
          }
          return n;
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("a SIP Content-Length that is not a number: " + line);
        }
      }
    }
    return 0; // over a stream the header is required; without it, read no body
  }
}
