package io.ccsim.loadgen.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One SIP request or response (RFC 3261 section 7): a start line, header fields in order, and a body.
 * Header names are matched case-insensitively and in their compact forms ({@code i} for Call-ID, ...);
 * {@link #encode} writes the Content-Length.
 */
public final class SipMessage {
  static final String VERSION = "SIP/2.0";
  private static final Map<String, String> COMPACT = Map.of("i", "call-id", "v", "via", "f", "from", "t", "to",
      "l", "content-length", "c", "content-type", "m", "contact", "k", "supported");

  private final String startLine;
  private final List<String[]> headers = new ArrayList<>();
  private byte[] body = new byte[0];

  private SipMessage(String startLine) {
    this.startLine = startLine;
  }

  /** A request: {@code METHOD uri SIP/2.0}. */
  public static SipMessage request(String method, String uri) {
    return new SipMessage(method + " " + uri + " " + VERSION);
  }

  /** A response: {@code SIP/2.0 code reason}. */
  public static SipMessage response(int status, String reason) {
    return new SipMessage(VERSION + " " + status + " " + reason);
  }

  /**
   * A response to {@code request}, echoing its Via, From, To, Call-ID and CSeq (RFC 3261 section 8.2.6);
   * a UAS adds its tag to the To of a dialog-creating request with {@link #toTag}.
   */
  public static SipMessage responseTo(SipMessage request, int status, String reason) {
    SipMessage r = response(status, reason);
    for (String via : request.headers("Via")) {
      r.header("Via", via);
    }
    return r.header("From", request.header("From"))
        .header("To", request.header("To"))
        .header("Call-ID", request.callId())
        .header("CSeq", request.header("CSeq"));
  }

  /** Adds {@code ;tag=TAG} to the To header when it has no tag yet. */
  public SipMessage toTag(String tag) {
    for (String[] h : headers) {
      if (canonical(h[0]).equals("to") && parameter(h[1], "tag") == null) {
        h[1] = h[1] + ";tag=" + tag;
      }
    }
    return this;
  }

  /** Appends a header field (CR and LF are removed from the value, so that no value can end the header). */
  public SipMessage header(String name, String value) {
    headers.add(new String[] {name, value.replace("\r", "").replace("\n", " ")});
    return this;
  }

  /** Sets the body and its Content-Type. */
  public SipMessage body(String contentType, String text) {
    header("Content-Type", contentType);
    this.body = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  public boolean isRequest() {
    return !startLine.startsWith(VERSION);
  }

  /** The method of a request, or of the CSeq of a response. */
  public String method() {
    if (isRequest()) {
      return startLine.substring(0, startLine.indexOf(' '));
    }
    String cseq = header("CSeq");
    return cseq == null ? "" : cseq.substring(cseq.lastIndexOf(' ') + 1).strip().toUpperCase(Locale.ROOT);
  }

  /** The Request-URI of a request. */
  public String requestUri() {
    String[] parts = startLine.split(" ");
    return parts.length > 1 ? parts[1] : "";
  }

  /** The status of a response (0 for a request). */
  public int status() {
    if (isRequest()) {
      return 0;
    }
    String[] parts = startLine.split(" ", 3);
    try {
      return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The first value of a header field, or null. */
  public String header(String name) {
    String wanted = canonical(name);
    for (String[] h : headers) {
      if (canonical(h[0]).equals(wanted)) {
        return h[1];
      }
    }
    return null;
  }

  /** Every value of a header field, in order (several fields, or one with comma-separated values, as sent). */
  public List<String> headers(String name) {
    String wanted = canonical(name);
    List<String> out = new ArrayList<>();
    for (String[] h : headers) {
      if (canonical(h[0]).equals(wanted)) {
        out.add(h[1]);
      }
    }
    return out;
  }

  public String callId() {
    return header("Call-ID");
  }

  /** The tag parameter of the To (or From) header, or null. */
  public String tag(String fromOrTo) {
    String value = header(fromOrTo);
    return value == null ? null : parameter(value, "tag");
  }

  /** The branch of the top Via, or null. */
  public String branch() {
    String via = header("Via");
    return via == null ? null : parameter(via.split(",")[0], "branch");
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** A parameter {@code ;name=value} of a header value, outside its {@code <...>} URI; null if absent. */
  static String parameter(String headerValue, String name) {
    int close = headerValue.lastIndexOf('>');
    String params = close >= 0 ? headerValue.substring(close + 1) : headerValue;
    for (String p : params.split(";")) {
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(name)) {
        return p.substring(eq + 1).strip();
      }
    }
    return null;
  }

  private static String canonical(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return COMPACT.getOrDefault(lower, lower);
  }

  /** The message on the wire, with its Content-Length. */
  public byte[] encode() {
    StringBuilder out = new StringBuilder(256 + body.length).append(startLine).append("\r\n");
    for (String[] h : headers) {
      if (!canonical(h[0]).equals("content-length")) {
        out.append(h[0]).append(": ").append(h[1]).append("\r\n");
      }
    }
    out.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    byte[] head = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  /**
   * Parses one whole message (a datagram, or a frame cut by {@link SipFraming}).
   *
   * @throws IllegalArgumentException when it is not a SIP message
   */
  public static SipMessage parse(byte[] data, int offset, int length) {
    String text = new String(data, offset, length, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    int bodyStart = end < 0 ? text.length() : end + 4;
    String head = end < 0 ? text : text.substring(0, end);
    String[] lines = head.split("\r\n");
    String start = lines[0].strip();
    if (!start.startsWith(VERSION) && !start.endsWith(VERSION)) {
      throw new IllegalArgumentException("not a SIP message: " + start);
    }
    SipMessage m = new SipMessage(start);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if ((line.startsWith(" ") || line.startsWith("\t")) && !m.headers.isEmpty()) {
        String[] last = m.headers.get(m.headers.size() - 1);
        last[1] = last[1] + " " + line.strip(); // a folded line continues the header before
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        m.headers.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
      }
    }
    m.body = text.substring(Math.min(bodyStart, text.length())).getBytes(StandardCharsets.UTF_8);
    return m;
  }

  @Override
  public String toString() {
    return startLine;
  }
}
