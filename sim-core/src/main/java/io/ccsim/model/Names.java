package io.ccsim.model;

import java.util.regex.Pattern;

/** Names of channels and groups appear in JSON keys, CSV headers and expressions, so they are restricted. */
public final class Names {
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private Names() {}

  public static void check(String what, String name) {
    if (name == null || !ALLOWED.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " name '" + name + "' is not allowed; use a letter then letters, digits, '-' or '_'");
    }
  }
}
