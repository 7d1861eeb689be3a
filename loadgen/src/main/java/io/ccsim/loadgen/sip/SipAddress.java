package io.ccsim.loadgen.sip;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SIP target as written: {@code sip:USER@HOST[:PORT][;transport=udp|tcp][;rtp=silence|tone]}. The host
 * is a name, an IPv4 address or an IPv6 address in brackets; the port is 5060 unless given; the transport
 * is UDP unless {@code ;transport=tcp}; {@code ;rtp=} (ccsim's own, not sent) adds a G.711 audio stream.
 *
 * @param user the user part of the Request-URI (the number or extension called), empty for none
 * @param host the host without brackets
 */
public record SipAddress(String user, String host, int port, Transport transport, Media media) {
  /** How a SIP target is written, for messages. */
  public static final String FORM = "sip:USER@HOST[:PORT][;transport=udp|tcp][;rtp=silence|tone]";
  public static final int DEFAULT_PORT = 5060;

  private static final Pattern USER = Pattern.compile("[A-Za-z0-9._~!$&'()*+,=%-]+");
  private static final Pattern NAME = Pattern.compile(
      "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?");
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern HOST_PORT = Pattern.compile("(\\[[^\\]]*\\]|[^:\\[\\]]*)(?::(.*))?");

  /** SIP's transports; the name is as in a Via header. */
  public enum Transport { UDP, TCP }

  /** What the call sends as audio: nothing (the SDP offer says inactive), silence or a tone. */
  public enum Media { NONE, SILENCE, TONE }

  /** Parses a target; the message of an {@link IllegalArgumentException} names the part and what is allowed. */
  public static SipAddress parse(String text) {
    if (text == null || !text.regionMatches(true, 0, "sip:", 0, 4)) {
      throw bad(text, "is not a SIP target");
    }
    String[] parts = text.substring(4).split(";", -1);
    String address = parts[0];
    int at = address.lastIndexOf('@');
    String user = at < 0 ? "" : address.substring(0, at);
    if (at >= 0 && !USER.matcher(user).matches()) {
      throw bad(text, "has a user part '" + user + "' with characters SIP does not allow there");
    }
    Matcher m = HOST_PORT.matcher(address.substring(at + 1));
    if (!m.matches()) {
      throw bad(text, "has an unknown host form '" + address.substring(at + 1) + "'");
    }
    String host = m.group(1);
    if (!validHost(host)) {
      throw bad(text, "has an unknown host form '" + host + "' (a name, an IPv4 address or [an IPv6 address])");
    }
    if (host.startsWith("[")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = DEFAULT_PORT;
    if (m.group(2) != null) {
      String p = m.group(2);
      if (!p.matches("[0-9]{1,5}") || Integer.parseInt(p) < 1 || Integer.parseInt(p) > 65535) {
        throw bad(text, "has the port '" + p + "', out of range (1 to 65535)");
      }
      port = Integer.parseInt(p);
    }
    Transport transport = Transport.UDP;
    Media media = Media.NONE;
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i];
      int eq = param.indexOf('=');
      String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
      String value = eq < 0 ? "" : param.substring(eq + 1).toLowerCase(Locale.ROOT);
      if (key.equals("transport")) {
        if (!value.equals("udp") && !value.equals("tcp")) {
          throw bad(text, "has the unknown transport '" + param.substring(eq + 1) + "' (udp or tcp)");
        }
        transport = Transport.valueOf(value.toUpperCase(Locale.ROOT));
      } else if (key.equals("rtp")) {
        if (!value.equals("silence") && !value.equals("tone")) {
          throw bad(text, "has the unknown RTP stream '" + param.substring(eq + 1) + "' (silence or tone)");
        }
        media = Media.valueOf(value.toUpperCase(Locale.ROOT));
      } else {
        throw bad(text, "has the unknown parameter '" + param + "'");
      }
    }
    return new SipAddress(user, host, port, transport, media);
  }

  private static boolean validHost(String host) {
    if (host.startsWith("[")) {
      return host.endsWith("]") && host.length() > 2 && host.contains(":")
          && IPV6.matcher(host.substring(1, host.length() - 1)).matches();
    }
    if (IPV4.matcher(host).matches()) {
      for (String octet : host.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return false;
        }
      }
      return true;
    }
    return !host.isEmpty() && host.length() <= 253 && NAME.matcher(host).matches() && !host.matches("[0-9.]+");
  }

  private static IllegalArgumentException bad(String text, String what) {
    return new IllegalArgumentException("'" + text + "' " + what + "; allowed: " + FORM);
  }

  /** The host as it goes in a URI: an IPv6 address in brackets. */
  public String uriHost() {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  /** The Request-URI and To address: the target without ccsim's own parameters. */
  public String requestUri() {
    return "sip:" + (user.isEmpty() ? "" : user + "@") + uriHost() + ":" + port
        + (transport == Transport.TCP ? ";transport=tcp" : "");
  }
}
