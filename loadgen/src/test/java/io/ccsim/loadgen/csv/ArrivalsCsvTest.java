package io.ccsim.loadgen.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.arrivals.ArrivalSchedule;
import io.ccsim.arrivals.ScheduledContact;
import io.ccsim.distribution.Exponential;
import io.ccsim.model.AgentGroup;
import io.ccsim.model.ArrivalStream;
import io.ccsim.model.Channel;
import io.ccsim.model.Scenario;
import io.ccsim.model.ServiceLevelGoal;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArrivalsCsvTest {
  private static final List<String> CHANNELS = List.of("phone", "chat");

  private static Scenario scenario() {
    Channel phone = new Channel("phone", ServiceLevelGoal.DEFAULT, new Exponential(180), new Exponential(300), 50);
    Channel chat = new Channel("chat", ServiceLevelGoal.DEFAULT, new Exponential(400), null, 50);
    return new Scenario("csv", 9, 1, 0, 7200, List.of(phone, chat),
        List.of(new ArrivalStream("phone", 0.05), new ArrivalStream("chat", 0.02)),
        List.of(new AgentGroup("g", 5, List.of("phone", "chat"))));
  }

  private static List<ScheduledContact> read(String text) {
    List<ScheduledContact> out = new ArrayList<>();
    try (ArrivalsCsvReader r = new ArrivalsCsvReader("t.csv", new StringReader(text), CHANNELS)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  private static String error(String text) {
    return assertThrows(ArrivalsCsvException.class, () -> read(text)).getMessage();
  }

  @Test
  void writeThenRead_scheduleOfAScenario_comesBackBitForBit() throws IOException {
    ArrivalSchedule schedule = ArrivalSchedule.of(scenario(), 2);
    StringWriter out = new StringWriter();
    long rows = ArrivalsCsvWriter.writeAll(schedule, out);
    List<ScheduledContact> back = read(out.toString());
    List<ScheduledContact> original = new ArrayList<>();
    schedule.forEach(original::add);
    assertTrue(rows > 400);
    assertEquals(original, back, "times, handle times and patience round-trip exactly");
    assertTrue(out.toString().startsWith(ArrivalsCsv.HEADER + "\n"));
    assertFalse(out.toString().contains("E"), "plain decimals, never an exponent");
  }

  @Test
  void writeFile_writesAtomicallyAndCountsRows(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sub/arrivals.csv");
    long rows = ArrivalsCsvWriter.writeFile(ArrivalSchedule.of(scenario(), 0), file);
    assertEquals(rows + 1, Files.readAllLines(file).size());
    try (var listing = Files.list(file.getParent())) {
      assertEquals(List.of(file), listing.toList(), "no temporary file left");
    }
  }

  @Test
  void read_optionalCellsEmpty_giveNaNAndNull() {
    List<ScheduledContact> rows = read(ArrivalsCsv.HEADER + "\r\n0,phone,,,\n1.5,chat,30,,c-17\n\n");
    assertEquals(2, rows.size());
    assertTrue(Double.isNaN(rows.get(0).handleSeconds()) && Double.isNaN(rows.get(0).patienceSeconds()));
    assertEquals("c-17", rows.get(1).customerId());
    assertEquals(30, rows.get(1).handleSeconds());
    assertEquals(2, rows.get(1).number());
  }

  @Test
  void read_badHeader_saysWhatIsAllowed() {
    assertEquals("t.csv:1:1: the header is 'time,channel'; allowed: exactly " + ArrivalsCsv.HEADER,
        error("time,channel\n1,phone\n"));
    assertEquals("t.csv:1:1: the file is empty; allowed: the header " + ArrivalsCsv.HEADER
        + " then one row per contact", error(""));
  }

  @Test
  void read_badNumber_namesLineColumnAndCell() {
    assertEquals("t.csv:3:1: arrival_seconds: '2;5' is not a number of seconds; allowed: a decimal number of"
        + " seconds >= 0 such as 12.5", error(ArrivalsCsv.HEADER + "\n1,phone,,,\n2;5,phone,,,\n"));
    assertEquals("t.csv:2:10: handle_seconds: '-3' is not a number of seconds; allowed: a decimal number of"
        + " seconds >= 0 such as 12.5, or empty", error(ArrivalsCsv.HEADER + "\n12,phone,-3,,\n"));
    assertEquals("t.csv:2:1: arrival_seconds: the cell is empty; allowed: a decimal number of seconds >= 0 such as"
        + " 12.5", error(ArrivalsCsv.HEADER + "\n,phone,,,\n"));
  }

  @Test
  void read_unknownChannel_listsTheScenariosChannels() {
    assertEquals("t.csv:2:3: channel: 'email' is not a channel of the scenario; allowed: phone, chat",
        error(ArrivalsCsv.HEADER + "\n1,email,,,\n"));
  }

  @Test
  void read_rowsOutOfOrder_failWithBothLines() {
    assertEquals("t.csv:3:1: arrival_seconds: 4 is earlier than 5 on line 2; allowed: rows sorted by arrival time",
        error(ArrivalsCsv.HEADER + "\n5,phone,,,\n4,phone,,,\n"));
    assertEquals("t.csv:3:3: channel: phone follows chat at the same arrival time 5 (line 2); allowed: rows with"
        + " equal arrival times in the scenario's channel order phone, chat",
        error(ArrivalsCsv.HEADER + "\n5,chat,,,\n5,phone,,,\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,phone,,", "1,phone,,,,", "1,phone,,,\"x\"y", "1,phone,,,x\"y", "1,phone,,,a b"})
  void read_badRow_isOneLineWithLocation(String row) {
    String message = error(ArrivalsCsv.HEADER + "\n" + row + "\n");
    assertTrue(message.matches("t\\.csv:2:[0-9]+: .*; allowed: .*"), message);
    assertFalse(message.contains("\n"));
  }

  @Test
  void read_rfc4180QuotedCells_areReadLikePlainOnes() {
    List<ScheduledContact> plain = read(ArrivalsCsv.HEADER + "\n1.5,phone,12,,c-1\n2,chat,,30,\n");
    List<ScheduledContact> quoted = read(ArrivalsCsv.HEADER + "\r\n\"1.5\",\"phone\",\"12\",\"\",\"c-1\"\r\n"
        + " \"2\" ,chat,,\"30\",\"\"\r\n");
    assertEquals(plain, quoted);
  }

  @Test
  void read_unclosedQuote_isAnError() {
    String message = error(ArrivalsCsv.HEADER + "\n1,phone,,,\"c-1\n");
    assertTrue(message.contains("customer_id: the quoted cell is not closed"), message);
  }

  @Test
  void open_missingFile_namesIt(@TempDir Path dir) {
    String message = assertThrows(ArrivalsCsvException.class,
        () -> ArrivalsCsvReader.open(dir.resolve("nope.csv"), CHANNELS)).getMessage();
    assertTrue(message.endsWith("nope.csv: cannot read the arrivals file: it does not exist; allowed: an existing"
        + " UTF-8 .csv file"), message);
  }

  @Test
  void decimals_formatPlainAndRoundTrip() {
    for (double v : new double[] {0, 1, 12.5, 1e-7, 3.3e-4, 123456789.123, 1e21, Math.PI, Double.MIN_VALUE}) {
      String text = Decimals.format(v);
      assertFalse(text.contains("E"), text);
      assertEquals(v, Double.parseDouble(text), text);
    }
    assertEquals("12", Decimals.format(12.0));
    assertEquals("0.0000001", Decimals.format(1e-7));
  }
}
