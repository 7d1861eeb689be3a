package io.ccsim.loadgen.target;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code jsonl:-} and {@code jsonl:FILE}: one contact event per line, written when its send time comes.
 * For a dry run against nothing, for piping into another tool, and for checking a schedule.
 */
final class JsonlTarget implements Target {
  private final String label;
  private final Writer out;
  private final boolean closeWriter;
  private boolean failed;

  JsonlTarget(String label, Writer out, boolean closeWriter) {
    this.label = label;
    this.out = out;
    this.closeWriter = closeWriter;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void send(ContactEvent event, Delivery delivery) {
    String error = null;
    synchronized (this) {
      try {
        out.write(event.json());
        out.write('\n');
      } catch (IOException e) {
        failed = true;
        error = Failures.IO;
      }
    }
    if (error == null) {
      delivery.reached();
    }
    delivery.finished(error);
  }

  @Override
  public synchronized void close() {
    try {
      out.flush();
      if (closeWriter) {
        out.close();
      }
    } catch (IOException e) {
      failed = true;
    }
  }

  /** Whether any write failed (the disk is full, stdout was closed). */
  synchronized boolean failed() {
    return failed;
  }
}
