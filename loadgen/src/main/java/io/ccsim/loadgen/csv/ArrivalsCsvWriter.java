package io.ccsim.loadgen.csv;

import io.ccsim.arrivals.ScheduledContact;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes contacts as an arrivals CSV (see {@link ArrivalsCsv}), streaming: one row at a time. */
public final class ArrivalsCsvWriter {
  private final Writer out;
  private final StringBuilder row = new StringBuilder(96);
  private long rows;

  /** Writes the header at once; rows follow with {@link #write}. */
  public ArrivalsCsvWriter(Writer out) throws IOException {
    this.out = out;
    out.write(ArrivalsCsv.HEADER);
    out.write('\n');
  }

  /** Appends one row; the caller keeps the order (by time, ties in the scenario's channel order). */
  public void write(ScheduledContact contact) throws IOException {
    row.setLength(0);
    row.append(Decimals.format(contact.arrivalSeconds())).append(',').append(contact.channel()).append(',');
    if (contact.hasHandleTime()) {
      row.append(Decimals.format(contact.handleSeconds()));
    }
    row.append(',');
    if (contact.hasPatience()) {
      row.append(Decimals.format(contact.patienceSeconds()));
    }
    row.append(',');
    if (contact.customerId() != null) {
      row.append(contact.customerId());
    }
    row.append('\n');
    out.append(row);
    rows++;
  }

  /** Rows written so far. */
  public long rows() {
    return rows;
  }

  /** Writes every contact of {@code contacts} to {@code out}; returns the number of rows. */
  public static long writeAll(Iterable<ScheduledContact> contacts, Writer out) throws IOException {
    ArrivalsCsvWriter writer = new ArrivalsCsvWriter(out);
    for (ScheduledContact c : contacts) {
      writer.write(c);
    }
    out.flush();
    return writer.rows();
  }

  /**
   * Writes {@code contacts} to {@code file} atomically: into a temporary file beside it, moved into
   * place only when complete, so a failure or Ctrl-C never leaves half a file. Returns the number of rows.
   */
  public static long writeFile(Iterable<ScheduledContact> contacts, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // Not Files.createTempFile, whose files are private to the owner: an export is meant to be shared.
    Path temporary = parent.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".ccsim-tmp");
    try {
      long rows;
      try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        rows = writeAll(contacts, out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return rows;
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
