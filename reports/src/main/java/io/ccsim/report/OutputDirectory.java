package io.ccsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the files of one output and writes them only when all are ready: each goes to a temporary
 * file beside its target and is then moved into place, so a failure never leaves a half-written file.
 */
public final class OutputDirectory {
  private final Path directory;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  public OutputDirectory(Path directory) {
    this.directory = directory;
  }

  public OutputDirectory add(String relativeName, String text) {
    files.put(relativeName, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public OutputDirectory add(String relativeName, byte[] content) {
    files.put(relativeName, content.clone());
    return this;
  }

  /** Writes every file collected; returns the directory. */
  public Path write() throws IOException {
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path target = directory.resolve(e.getKey());
      Files.createDirectories(target.toAbsolutePath().getParent());
      // Not Files.createTempFile, whose files are private to the owner: results are meant to be shared.
      Path temporary = target.toAbsolutePath().getParent()
          .resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".ccsim-tmp");
      try {
        Files.write(temporary, e.getValue());
        try {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notAtomic) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
    return directory;
  }
}
