package io.ccsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogErrorsTest {
  static final String HEADER = "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time"
      + "\tq_start\tq_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver";
  static final String ROW = "AA0101\t1\t0\t2\tPS\t990104\t7:00:00\t7:00:05\t5\t7:00:05\t7:00:35\t30\tAGENT\t7:00:35"
      + "\t7:03:35\t180\tMICHAL";

  @TempDir Path dir;

  private String error(LogFormat format, String content) throws IOException {
    Path file = dir.resolve("log.txt");
    Files.writeString(file, content);
    return assertThrows(LogException.class, () -> format.read(file)).getMessage().replace(file.toString(), "log.txt");
  }

  @Test
  void bank_missingColumn_namesTheHeaderLine() throws IOException {
    assertEquals("log.txt:1:1: the header has no column 'q_time'; allowed: a tab-separated header with the columns "
        + "priority, type, date, vru_exit, q_start, q_time, outcome, ser_time, server (any order, others ignored)",
        error(LogFormat.ANONYMOUS_BANK, HEADER.replace("q_time", "qtime") + "\n" + ROW + "\n"));
  }

  @Test
  void bank_unparseableTime_namesLineAndColumn() throws IOException {
    String row = ROW.replace("7:00:05\t7:00:35", "7:0x:05\t7:00:35");
    String message = error(LogFormat.ANONYMOUS_BANK, HEADER + "\r\n" + row + "\r\n");
    assertEquals("log.txt:2:" + (row.indexOf("7:0x:05") + 1) + ": q_start: '7:0x:05' is not a clock time; allowed: "
        + "a clock time H:MM:SS from 0:00:00 to 23:59:59", message);
  }

  @Test
  void bank_negativeDuration_isAnError() throws IOException {
    String row = ROW.replace("\t30\tAGENT", "\t-30\tAGENT");
    assertEquals("log.txt:2:" + (row.indexOf("-30") + 1) + ": q_time: '-30' is a negative duration; allowed: a "
        + "number of seconds >= 0 such as 12.5", error(LogFormat.ANONYMOUS_BANK, HEADER + "\n" + row + "\n"));
  }

  @Test
  void bank_timePastMidnight_isAnError() throws IOException {
    String row = ROW.replace("7:00:05\t7:00:35", "25:00:05\t7:00:35");
    String message = error(LogFormat.ANONYMOUS_BANK, HEADER + "\n" + row + "\n");
    assertEquals("log.txt:2:" + (row.indexOf("25:00:05") + 1) + ": q_start: '25:00:05' is past midnight; allowed: a "
        + "clock time H:MM:SS from 0:00:00 to 23:59:59 (a call that runs past midnight keeps clock times of the next "
        + "day, such as 0:02:10)", message);
  }

  @Test
  void bank_shortRow_pointsAtItsEnd() throws IOException {
    String row = ROW.substring(0, ROW.lastIndexOf('\t'));
    assertEquals("log.txt:2:" + (row.length() + 1) + ": the row has 16 cells, 17 are needed; allowed: the 17 columns "
        + "of the header", error(LogFormat.ANONYMOUS_BANK, HEADER + "\n" + row + "\n"));
  }

  @Test
  void emptyFile_isAnErrorInEveryFormat() throws IOException {
    for (LogFormat format : LogFormat.values()) {
      assertEquals("log.txt:1:1: the file is empty; allowed: a header line and one row per call",
          error(format, "\n\n"));
    }
  }

  @Test
  void generic_badHeaderAndOutcome_areErrors() throws IOException {
    assertEquals("log.txt:1:1: the header is 'date,arrival'; allowed: exactly " + GenericCsvLog.HEADER,
        error(LogFormat.GENERIC, "date,arrival\n"));
    String row = "1999-01-04,7:00:00,PS,7:00:05,,7:01:00,gone,";
    assertEquals("log.txt:2:" + (row.indexOf("gone") + 1) + ": outcome: 'gone' is not an outcome; allowed: served, "
        + "abandoned or lost", error(LogFormat.GENERIC, GenericCsvLog.HEADER + "\n" + row + "\n"));
  }

  @Test
  void bank_oddRows_areCountedAndKept() throws IOException {
    Path file = dir.resolve("odd.tsv");
    Files.writeString(file, HEADER + "\n" + ROW + "\n" + ROW.replace("\t180\tMICHAL", "\t0\tMICHAL") + "\n"
        + ROW.replace("AGENT", "PHANTOM") + "\n");
    CallLog log = LogFormat.ANONYMOUS_BANK.read(file);
    assertEquals(2, log.calls().size());
    assertEquals(1, log.odd().get("served calls with a zero service time, kept as answered and left out of the "
        + "handle-time fit"));
    assertEquals(1, log.odd().get("PHANTOM rows (virtual calls), skipped"));
  }
}
