package io.ccsim.loadgen.target;

import io.ccsim.loadgen.sip.SipAddress;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One {@code --target} value: {@code [CHANNEL=]SPEC}, where SPEC is {@code jsonl:-}, {@code jsonl:FILE},
 * {@code http://host:port/path}, {@code ws://host:port/path}, {@code smtp://host:port} or
 * {@code sip:USER@HOST:PORT}; without a
 * channel it serves every channel that has no target of its own.
 *
 * @param channel the channel it serves, or {@code null} for all others
 * @param text the spec as written, without the channel
 * @param uri the parsed spec ({@code null} for jsonl)
 */
public record TargetSpec(String channel, String text, URI uri, TargetKind kind) {
  private static final Pattern CHANNEL_PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)=(.*)", Pattern.DOTALL);
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  private static final Map<String, Set<String>> OPTIONS = Map.of("smtp", Set.of("to", "from"));

  /** Parses {@code value}; the message of an {@link IllegalArgumentException} says what is allowed. */
  public static TargetSpec parse(String value) {
    String text = value == null ? "" : value.strip();
    String channel = null;
    var m = CHANNEL_PREFIX.matcher(text);
    if (m.matches()) {
      channel = m.group(1);
      text = m.group(2).strip();
    }
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("'" + value + "' is not a target; allowed: [CHANNEL=]SPEC with SPEC one of "
          + TargetKind.forms());
    }
    TargetKind kind = TargetKind.ofScheme(text.substring(0, colon));
    if (kind == TargetKind.JSONL) {
      if (text.length() == colon + 1) {
        throw new IllegalArgumentException("'" + value + "' names no file; allowed: jsonl:- or jsonl:FILE");
      }
      return new TargetSpec(channel, text, null, kind);
    }
    if (kind == TargetKind.SIP) {
      SipAddress sip = SipAddress.parse(text);
      try {
        // SIP URIs are opaque (no "//"); the host and port are kept in a URI of their own for the safety rule.
        return new TargetSpec(channel, text, new URI("sip", null, sip.host(), sip.port(), null, null, null), kind);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("'" + value + "' has an unknown host form; allowed: " + kind.form());
      }
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + value + "' is not a URL (" + e.getReason() + "); allowed: "
          + kind.form());
    }
    if (uri.getHost() == null || uri.getPort() == 0 || uri.getPort() > 65535) {
      throw new IllegalArgumentException("'" + value + "' has no host or a bad port; allowed: " + kind.form());
    }
    if (uri.getUserInfo() != null) {
      throw new IllegalArgumentException("'" + value + "' carries a user name or password, which ccsim does not send;"
          + " allowed: " + kind.form());
    }
    if (kind == TargetKind.SMTP && uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
      throw new IllegalArgumentException("'" + value + "' has a path, which SMTP has no use for; allowed: "
          + kind.form());
    }
    Set<String> allowedQuery = OPTIONS.get(kind.scheme());
    if (allowedQuery != null && uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
        if (!allowedQuery.contains(key)) {
          throw new IllegalArgumentException("'" + value + "' has the unknown option '" + key + "'; allowed: "
              + kind.form());
        }
      }
    }
    return new TargetSpec(channel, text, uri, kind);
  }

  /**
   * Whether the host is this machine (127.0.0.0/8, ::1 or localhost), judged without a DNS look-up:
   * a name other than localhost counts as remote.
   */
  public boolean isLoopback() {
    if (!kind.hasHost()) {
      return true;
    }
    String host = host();
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (IPV4.matcher(host).matches()) {
      String[] octets = host.split("\\.");
      for (String octet : octets) {
        if (Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return octets[0].equals("127");
    }
    if (host.contains(":")) {
      try {
        // A literal address is parsed, never looked up.
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  /** The host without IPv6 brackets; empty for jsonl. */
  public String host() {
    if (uri == null) {
      return "";
    }
    String host = uri.getHost();
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** Checks the safety rule: loopback, or a host the user allowed with --allow-remote. */
  public void checkAllowed(Collection<String> allowedRemoteHosts) {
    if (isLoopback()) {
      return;
    }
    String host = host().toLowerCase(Locale.ROOT);
    for (String allowed : allowedRemoteHosts) {
      if (allowed.strip().toLowerCase(Locale.ROOT).equals(host)) {
        return;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not on this machine; ccsim load sends only to 127.0.0.1,"
        + " ::1 or localhost unless you name the host with --allow-remote " + host());
  }

  /** Builds the target. */
  public Target create(TargetSettings settings) {
    return kind.create(this, settings);
  }
}
