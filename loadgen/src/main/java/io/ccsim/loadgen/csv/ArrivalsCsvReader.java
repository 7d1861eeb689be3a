package io.ccsim.loadgen.csv;

import io.ccsim.arrivals.ScheduledContact;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * Reads an arrivals CSV one row at a time (memory stays flat for any length), checking every cell;
 * the first problem is an {@link ArrivalsCsvException} that names the file, line and column, says what
 * is wrong and what is allowed. Close it when done; reading to the end closes it too.
 */
public final class ArrivalsCsvReader implements Iterator<ScheduledContact>, Closeable {
  private static final Pattern NUMBER =
      Pattern.compile("[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|\\.[0-9]+([eE][-+]?[0-9]+)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern CUSTOMER = Pattern.compile("[A-Za-z0-9._:@+/-]{1,200}");
  private static final String SECONDS = "a decimal number of seconds >= 0 such as 12.5";

  private final String file;
  private final BufferedReader in;
  private final List<String> channelOrder;
  private int line;
  private long rows;
  private ScheduledContact pending;
  private double lastArrival = -1;
  private int lastChannelRank = -1;
  private int lastLine;
  private boolean closed;

  /**
   * Reads from {@code in}; {@code file} names it in messages. When {@code channelOrder} is not empty, a
   * row's channel must be one of them and rows with equal times must follow that order.
   */
  public ArrivalsCsvReader(String file, Reader in, List<String> channelOrder) {
    this.file = file;
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    this.channelOrder = List.copyOf(channelOrder);
    readHeader();
  }

  /** Opens {@code path} (UTF-8); errors name the file as given. */
  public static ArrivalsCsvReader open(Path path, List<String> channelOrder) {
    String display = path.toString();
    if (Files.isDirectory(path)) {
      throw unreadable(display, "it is a directory", null);
    }
    try {
      return new ArrivalsCsvReader(display,
          new BufferedReader(Files.newBufferedReader(path, StandardCharsets.UTF_8), 1 << 16), channelOrder);
    } catch (NoSuchFileException e) {
      throw unreadable(display, "it does not exist", e);
    } catch (AccessDeniedException e) {
      throw unreadable(display, "permission denied", e);
    } catch (IOException e) {
      throw unreadable(display, String.valueOf(e.getMessage()), e);
    }
  }

  private static ArrivalsCsvException unreadable(String file, String reason, Throwable cause) {
    return new ArrivalsCsvException(file, 0, 0, "cannot read the arrivals file: " + reason,
        "an existing UTF-8 .csv file", cause);
  }

  /** Rows read so far. */
  public long rows() {
    return rows;
  }

  @Override
  public boolean hasNext() {
    if (pending == null && !closed) {
      pending = readRow();
    }
    return pending != null;
  }

  @Override
  public ScheduledContact next() {
    if (!hasNext()) {
      throw new NoSuchElementException(file + " has no more rows");
    }
    ScheduledContact c = pending;
    pending = null;
    return c;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        in.close();
      } catch (IOException ignored) {
        // Nothing was written; a failing close of a reader loses nothing.
      }
    }
  }

  private String readLine() {
    try {
      String text = in.readLine();
      if (text != null) {
        line++;
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new ArrivalsCsvException(file, line + 1, 1, "the line is not UTF-8 text", "UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " at line " + (line + 1), e);
    }
  }

  private void readHeader() {
    String header = readLine();
    if (header == null) {
      close();
      throw new ArrivalsCsvException(file, 1, 1, "the file is empty",
          "the header " + ArrivalsCsv.HEADER + " then one row per contact", null);
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    if (!header.strip().equals(ArrivalsCsv.HEADER)) {
      close();
      throw new ArrivalsCsvException(file, 1, 1, "the header is '" + shorten(header) + "'",
          "exactly " + ArrivalsCsv.HEADER, null);
    }
  }

  private ScheduledContact readRow() {
    String text = readLine();
    while (text != null && text.isBlank()) {
      // Blank lines (a trailing newline, an editor's last empty line) carry no contact.
      text = readLine();
    }
    if (text == null) {
      close();
      return null;
    }
    try {
      return parse(text);
    } catch (ArrivalsCsvException e) {
      close();
      throw e;
    }
  }

  private ScheduledContact parse(String text) {
    String[] cells = new String[ArrivalsCsv.COLUMNS.size()];
    int[] columns = new int[cells.length];
    int n = 0;
    int i = 0;
    StringBuilder cell = new StringBuilder();
    while (true) {
      // One cell, RFC 4180: plain, or in double quotes, which may hold commas, line breaks and "" for ".
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      int column = i + 1;
      cell.setLength(0);
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (true) {
          if (i == text.length()) {
            String next = readLine();
            if (next == null) {
              throw error(column, ArrivalsCsv.COLUMNS.get(Math.min(n, cells.length - 1))
                  + ": the quoted cell is not closed", "a closing \" before the end of the file");
            }
            cell.append('\n');
            text = next;
            i = 0;
            continue;
          }
          char c = text.charAt(i++);
          if (c != '"') {
            cell.append(c);
          } else if (i < text.length() && text.charAt(i) == '"') {
            cell.append('"');
            i++;
          } else {
            break;
          }
        }
        while (i < text.length() && text.charAt(i) == ' ') {
          i++;
        }
        if (i < text.length() && text.charAt(i) != ',') {
          throw error(i + 1, ArrivalsCsv.COLUMNS.get(Math.min(n, cells.length - 1))
              + ": text after the closing quote of a quoted cell", "a comma right after the closing \"");
        }
      } else {
        int comma = text.indexOf(',', i);
        int end = comma < 0 ? text.length() : comma;
        String plain = text.substring(i, end).strip();
        if (plain.indexOf('"') >= 0) {
          throw error(column, ArrivalsCsv.COLUMNS.get(Math.min(n, cells.length - 1))
              + ": a quote inside a plain cell", "a cell wholly in double quotes, with \"\" for a quote");
        }
        cell.append(plain);
        i = end;
      }
      if (n == cells.length) {
        throw error(column, "the row has more than " + cells.length + " cells",
            "the " + cells.length + " columns " + ArrivalsCsv.HEADER);
      }
      cells[n] = cell.toString();
      columns[n] = column;
      n++;
      if (i >= text.length()) {
        break;
      }
      i++; // the comma
    }
    if (n < cells.length) {
      throw error(text.length() + 1, "the row has " + n + " cells, " + cells.length
          + " are needed (empty cells may be left empty, but their commas are required)",
          "the " + cells.length + " columns " + ArrivalsCsv.HEADER);
    }
    double arrival = seconds(cells[0], columns[0], ArrivalsCsv.COLUMNS.get(0), false);
    String channel = cells[1];
    int rank = channelRank(channel, columns[1]);
    if (arrival < lastArrival) {
      throw error(columns[0], "arrival_seconds: " + cells[0] + " is earlier than " + Decimals.format(lastArrival)
          + " on line " + lastLine, "rows sorted by arrival time");
    }
    if (arrival == lastArrival && rank >= 0 && rank < lastChannelRank) {
      throw error(columns[1], "channel: " + channel + " follows " + channelOrder.get(lastChannelRank)
          + " at the same arrival time " + cells[0] + " (line " + lastLine + ")",
          "rows with equal arrival times in the scenario's channel order " + String.join(", ", channelOrder));
    }
    double handle = seconds(cells[2], columns[2], ArrivalsCsv.COLUMNS.get(2), true);
    double patience = seconds(cells[3], columns[3], ArrivalsCsv.COLUMNS.get(3), true);
    String customer = cells[4].isEmpty() ? null : cells[4];
    if (customer != null && !CUSTOMER.matcher(customer).matches()) {
      throw error(columns[4], "customer_id: '" + shorten(customer) + "' is not allowed",
          "empty, or 1 to 200 letters, digits and . _ : @ + / -");
    }
    lastArrival = arrival;
    lastChannelRank = rank;
    lastLine = line;
    return new ScheduledContact(++rows, arrival, channel, handle, patience, customer);
  }

  private int channelRank(String channel, int column) {
    if (!NAME.matcher(channel).matches()) {
      throw error(column, "channel: '" + shorten(channel) + "' is not a channel name",
          channelOrder.isEmpty() ? "a letter then letters, digits, '-' or '_'" : String.join(", ", channelOrder));
    }
    if (channelOrder.isEmpty()) {
      return -1;
    }
    int rank = channelOrder.indexOf(channel);
    if (rank < 0) {
      throw error(column, "channel: '" + channel + "' is not a channel of the scenario",
          String.join(", ", channelOrder));
    }
    return rank;
  }

  private double seconds(String cell, int column, String name, boolean optional) {
    if (cell.isEmpty()) {
      if (optional) {
        return Double.NaN;
      }
      throw error(column, name + ": the cell is empty", SECONDS);
    }
    double value = NUMBER.matcher(cell).matches() ? Double.parseDouble(cell) : Double.NaN;
    if (!Double.isFinite(value)) {
      throw error(column, name + ": '" + shorten(cell) + "' is not a number of seconds",
          optional ? SECONDS + ", or empty" : SECONDS);
    }
    return value;
  }

  private ArrivalsCsvException error(int column, String problem, String allowed) {
    return new ArrivalsCsvException(file, line, column, problem, allowed, null);
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
