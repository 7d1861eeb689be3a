package io.ccsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir Path dir;

  /** Every file under {@code root} with its text, hidden ones included. */
  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        all.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return all;
  }

  /** Writes like Files.write until the {@code n}th file, which fails as a full disk does. */
  private static OutputDirectory.FileWriter fullAfter(int n) {
    int[] written = {0};
    return (file, content) -> {
      if (++written[0] >= n) {
        Files.write(file, new byte[] {content.length > 0 ? content[0] : 0}); // a partial file, as on ENOSPC
        throw new FileSystemException(file.toString(), null, "No space left on device");
      }
      Files.write(file, content);
    };
  }

  @Test
  void newFolder_getsTheWholeSet_andItsList() throws IOException {
    Path out = dir.resolve("out");
    new OutputDirectory(out).add("summary.json", "{}").add("charts/a.png", new byte[] {1}).write();
    assertEquals(Map.of(".ccsim-outputs", "summary.json\ncharts/a.png\n", "summary.json", "{}", "charts/a.png",
        "\u0001"), contents(out));
    try (Stream<Path> siblings = Files.list(dir)) {
      assertEquals(List.of(out), siblings.toList(), "no staging folder is left beside it");
    }
  }

  @Test
  void fullDisk_leavesTheOldOutputsUntouched_andNamesTheFile() throws IOException {
    Path out = dir.resolve("out");
    new OutputDirectory(out).add("summary.json", "old summary").add("groups.csv", "old groups").write();
    Files.writeString(out.resolve("notes.txt"), "mine");
    Map<String, String> before = contents(out);

    OutputDirectory.OutputException e = assertThrows(OutputDirectory.OutputException.class,
        () -> new OutputDirectory(out, fullAfter(2)).add("summary.json", "new summary").add("groups.csv", "new groups")
            .add("intervals.csv", "new intervals").write());

    assertEquals(out.toAbsolutePath().resolve("groups.csv").toString(), e.file());
    assertTrue(e.getMessage().endsWith("groups.csv: No space left on device"), e.getMessage());
    assertEquals(before, contents(out), "the old set, byte for byte, and nothing staged");
  }

  @Test
  void fullDisk_onANewFolder_leavesNothing() {
    Path out = dir.resolve("fresh");
    assertThrows(OutputDirectory.OutputException.class,
        () -> new OutputDirectory(out, fullAfter(1)).add("summary.json", "x").write());
    assertFalse(Files.exists(out));
    assertEquals(0, dir.toFile().list().length, "no staging folder is left");
  }

  @Test
  void reusedFolder_losesTheFilesOnlyTheEarlierRunWrote_andKeepsOthers() throws IOException {
    Path out = dir.resolve("out");
    new OutputDirectory(out).add("summary.json", "1").add("intervals.csv", "1").add("charts/x.png", "1").write();
    Files.writeString(out.resolve("notes.txt"), "mine");
    new OutputDirectory(out).add("summary.json", "2").add("groups.csv", "2").write();
    assertEquals(Map.of(".ccsim-outputs", "summary.json\ngroups.csv\n", "summary.json", "2", "groups.csv", "2",
        "notes.txt", "mine"), contents(out));
    assertFalse(Files.exists(out.resolve("charts")), "an emptied charts/ is removed");
  }

  @Test
  void problem_namesAFile_aPathUnderAFile_andAcceptsNewFolders() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertEquals("is an existing file, not a folder", OutputDirectory.problem(file));
    assertTrue(OutputDirectory.problem(file.resolve("sub/deeper")).startsWith("lies under "));
    assertNull(OutputDirectory.problem(dir.resolve("new/folder")));
    assertNull(OutputDirectory.problem(dir));
    assertEquals(1, dir.toFile().list().length, "the probe is removed");
  }

  @Test
  void writeFile_replacesOneFileWhole() throws IOException {
    Path junit = dir.resolve("reports/check.xml");
    OutputDirectory.writeFile(junit, "<a/>".getBytes());
    assertEquals("<a/>", Files.readString(junit));
    assertEquals(List.of("check.xml"), List.of(junit.getParent().toFile().list()));
  }
}
