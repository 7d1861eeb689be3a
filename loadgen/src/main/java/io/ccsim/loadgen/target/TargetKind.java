package io.ccsim.loadgen.target;

import io.ccsim.loadgen.sip.SipAddress;
import io.ccsim.loadgen.sip.SipTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The kinds of target, by the scheme of their spec; each builds its own targets. */
public enum TargetKind {
  /** {@code jsonl:-} (standard output) or {@code jsonl:FILE}. */
  JSONL("jsonl", "jsonl:- or jsonl:FILE") {
    @Override
    Target create(TargetSpec spec, TargetSettings settings) {
      String where = spec.text().substring(spec.text().indexOf(':') + 1);
      if (where.equals("-")) {
        return new JsonlTarget(spec.text(), settings.stdout(), false);
      }
      try {
        Path file = Path.of(where);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        return new JsonlTarget(spec.text(), Files.newBufferedWriter(file, StandardCharsets.UTF_8), true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + where + ": " + e.getMessage(), e);
      }
    }
  },
  /** {@code http://host:port/path}: one POST per contact. */
  HTTP("http", "http://host:port/path") {
    @Override
    Target create(TargetSpec spec, TargetSettings settings) {
      return new HttpTarget(spec.text(), spec.uri(), settings.timeout(), settings.httpConnections());
    }
  },
  /** {@code ws://host:port/path}: one chat session per contact. */
  WS("ws", "ws://host:port/path") {
    @Override
    Target create(TargetSpec spec, TargetSettings settings) {
      return new WebSocketTarget(spec.text(), spec.uri(), settings.timeout());
    }
  },
  /** {@code smtp://host:port}: one email per contact. */
  SMTP("smtp", "smtp://host:port[?to=ADDRESS&from=ADDRESS]") {
    @Override
    Target create(TargetSpec spec, TargetSettings settings) {
      Map<String, String> query = query(spec.uri());
      int port = spec.uri().getPort() < 0 ? 25 : spec.uri().getPort();
      return new SmtpTarget(spec.text(), spec.uri().getHost(), port,
          query.getOrDefault("to", SmtpTarget.DEFAULT_TO), query.getOrDefault("from", SmtpTarget.DEFAULT_FROM),
          settings.timeout(), settings.smtpConnections(), settings.maxInFlight());
    }
  },
  /** {@code sip:USER@HOST:PORT}: one phone call per contact (SIP over UDP, or TCP with {@code ;transport=tcp}). */
  SIP("sip", SipAddress.FORM) {
    @Override
    Target create(TargetSpec spec, TargetSettings settings) {
      return new SipTarget(spec.text(), SipAddress.parse(spec.text()), settings.timeout());
    }
  };

  private final String scheme;
  private final String form;

  TargetKind(String scheme, String form) {
    this.scheme = scheme;
    this.form = form;
  }

  abstract Target create(TargetSpec spec, TargetSettings settings);

  public String scheme() {
    return scheme;
  }

  /** How a spec of this kind is written. */
  public String form() {
    return form;
  }

  /** Whether a spec of this kind names a host (and so is subject to the loopback rule). */
  public boolean hasHost() {
    return this != JSONL;
  }

  /** The kind for a scheme; the message lists the allowed forms. */
  public static TargetKind ofScheme(String scheme) {
    String s = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
    for (TargetKind k : values()) {
      if (k.scheme.equals(s)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown target type '" + scheme + "'; allowed: " + forms());
  }

  /** Every kind's form, comma-separated. */
  public static String forms() {
    return Arrays.stream(values()).map(TargetKind::form).collect(Collectors.joining(", "));
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }
}
