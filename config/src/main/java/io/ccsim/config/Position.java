package io.ccsim.config;

import com.fasterxml.jackson.core.JsonLocation;

/** A 1-based line and column in a scenario file. */
record Position(int line, int column) {
  static final Position START = new Position(1, 1);

  Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
  }

  /** Jackson reports 0 or -1 where it knows no column (e.g. an empty JSON document), so clamp to 1. */
  static Position of(JsonLocation location) {
    if (location == null) {
      return START;
    }
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
