package io.ccsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of one output folder, written as a set: all of them go first to a hidden staging folder
 * (beside the target when it does not exist yet, inside it when it does, so that every move is a rename
 * on one file system), and only when every file is complete are they moved into place. A failure while
 * writing (a full disk) leaves the folder as it was; the error names the file.
 *
 * <p>The folder keeps a list of the files ccsim wrote into it ({@value #MANIFEST}); files an earlier run
 * wrote that this one does not are removed, so a folder never mixes two runs. Other files are left alone.
 */
public final class OutputDirectory {
  /** The hidden list of the files ccsim wrote into a folder, one relative name per line. */
  public static final String MANIFEST = ".ccsim-outputs";

  /** Writes one file's bytes; tests put a failing one in to show what a full disk leaves. */
  @FunctionalInterface
  interface FileWriter {
    void write(Path file, byte[] content) throws IOException;
  }

  private final Path directory;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<String, Path> moved = new LinkedHashMap<>();
  private final FileWriter writer;

  public OutputDirectory(Path directory) {
    this(directory, Files::write);
  }

  OutputDirectory(Path directory, FileWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  public OutputDirectory add(String relativeName, String text) {
    files.put(relativeName, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  public OutputDirectory add(String relativeName, byte[] content) {
    files.put(relativeName, content.clone());
    return this;
  }

  /** Adds a file already written elsewhere (a log written during a run); it is moved in with the rest. */
  public OutputDirectory addWritten(String relativeName, Path written) {
    moved.put(relativeName, written);
    return this;
  }

  /**
   * Why {@code directory} cannot receive outputs, or null when it can: it is a file, it lies under a
   * file, or its folder cannot be written (checked by creating and removing a hidden folder there).
   */
  public static String problem(Path directory) {
    Path target = directory.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      return "is an existing file, not a folder";
    }
    Path existing = target;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return "has no existing parent folder";
    }
    if (!Files.isDirectory(existing)) {
      return "lies under " + existing + ", which is a file";
    }
    Path probe = existing.resolve(".ccsim-probe-" + ProcessHandle.current().pid());
    try {
      Files.createDirectory(probe);
      Files.delete(probe);
      return null;
    } catch (IOException e) {
      return "cannot be written: " + reason(e);
    }
  }

  /** What went wrong, in words: "permission denied", "Read-only file system", "No space left on device". */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "a folder on the way does not exist";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Writes every file collected, as a set (see the class comment); returns the directory. An
   * {@link OutputException} names the file that could not be written; the folder is then unchanged.
   */
  public Path write() throws OutputException {
    Path target = directory.toAbsolutePath().normalize();
    boolean exists = Files.isDirectory(target);
    Path parent = target.getParent();
    String pid = Long.toString(ProcessHandle.current().pid());
    Path staging = exists ? target.resolve(".ccsim-new-" + pid)
        : parent.resolve("." + target.getFileName() + ".ccsim-new-" + pid);
    Set<String> names = new LinkedHashSet<>(files.keySet());
    names.addAll(moved.keySet());
    try {
      stage(target, staging, names);
      if (exists) {
        replaceInside(target, staging, names);
      } else {
        try {
          move(staging, target);
        } catch (IOException e) {
          throw new OutputException(target.toString(), reason(e), e);
        }
      }
    } finally {
      deleteTree(staging);
    }
    return directory;
  }

  private void stage(Path target, Path staging, Set<String> names) throws OutputException {
    String current = null;
    try {
      if (!Files.isDirectory(staging.getParent())) {
        current = staging.getParent().toString();
        Files.createDirectories(staging.getParent());
      }
      current = target.toString();
      Files.createDirectories(staging);
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        current = target.resolve(e.getKey()).toString();
        Path file = staging.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        writer.write(file, e.getValue());
      }
      for (Map.Entry<String, Path> e : moved.entrySet()) {
        current = target.resolve(e.getKey()).toString();
        Path file = staging.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        move(e.getValue(), file);
      }
      current = target.resolve(MANIFEST).toString();
      writer.write(staging.resolve(MANIFEST), (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OutputException(current, reason(e), e);
    }
  }

  /** Moves the staged files into the existing folder, then removes what only the earlier run wrote. */
  private static void replaceInside(Path target, Path staging, Set<String> names) throws OutputException {
    List<String> earlier = earlierOutputs(target);
    String current = null;
    try {
      for (String name : names) {
        current = target.resolve(name).toString();
        Path destination = target.resolve(name);
        Files.createDirectories(destination.getParent());
        move(staging.resolve(name), destination);
      }
      current = target.resolve(MANIFEST).toString();
      move(staging.resolve(MANIFEST), target.resolve(MANIFEST));
      for (String name : earlier) {
        if (!names.contains(name) && !name.isBlank()) {
          Path stale = target.resolve(name).normalize();
          if (stale.startsWith(target) && !stale.equals(target)) {
            current = stale.toString();
            Files.deleteIfExists(stale);
            removeEmptyParents(stale.getParent(), target);
          }
        }
      }
    } catch (IOException e) {
      throw new OutputException(current, reason(e), e);
    }
  }

  private static List<String> earlierOutputs(Path target) {
    Path manifest = target.resolve(MANIFEST);
    try {
      return Files.isRegularFile(manifest) ? Files.readAllLines(manifest, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static void removeEmptyParents(Path folder, Path target) throws IOException {
    for (Path p = folder; p != null && p.startsWith(target) && !p.equals(target); p = p.getParent()) {
      try (Stream<Path> entries = Files.list(p)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(p);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException notAtomic) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> all = new ArrayList<>(walk.toList());
      all.sort(Comparator.reverseOrder());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a hidden staging folder left behind is harmless and named after this process.
    }
  }

  /**
   * Writes one file whole: to a hidden temporary file beside it, then moved into place, so a failure
   * never leaves half of it. For single files such as {@code --junit FILE}, among other files.
   */
  public static void writeFile(Path file, byte[] content) throws OutputException {
    Path target = file.toAbsolutePath().normalize();
    Path temporary = target.getParent().resolve("." + target.getFileName() + "." + ProcessHandle.current().pid()
        + ".ccsim-tmp");
    try {
      Files.createDirectories(target.getParent());
      Files.write(temporary, content);
      move(temporary, target);
    } catch (IOException e) {
      throw new OutputException(target.toString(), reason(e), e);
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // Nothing more to do.
      }
    }
  }

  /** An output file that could not be written, with the file and the reason in words. */
  public static final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;

    OutputException(String file, String reason, Throwable cause) {
      super("cannot write " + file + ": " + reason, cause);
      this.file = file;
    }

    /** The file (or folder) that could not be written. */
    public String file() {
      return file;
    }
  }
}
