package io.ccsim.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.ccsim.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Runs every command the documentation shows, so that none of them can rot: each {@code ./ccsim ...}
 * (or {@code ccsim ...}) line of a {@code ```sh} or {@code ```console} block in README.md, docs/*.md and
 * scenarios/*&#47;README.md is executed in-process through {@link Main#execute}, and must exit 0, or
 * the code its trailing comment documents ({@code # exit 1}). The commands of one file run in order in
 * one temporary working directory that links to the repository's folders, so that a command may read
 * what an earlier one wrote; file and directory arguments (options whose label says FILE, DIR or CSV,
 * and such parameters) are resolved against it, and globs are expanded as a shell would.
 *
 * <p>Commands are discovered, not listed, so new sections are covered when they are merged. What is
 * not run is said, with the reason, by one of {@link #SKIPPED}'s rules; the test fails on a command
 * no rule explains. Maven commands are not run (the build is running them), but one that builds a
 * single module ({@code -pl}) must also build what it needs ({@code -am}), as a fresh clone requires.
 */
class DocsCommandsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Subcommands that are not run, and why. */
  static final Map<String, String> SKIPPED = new LinkedHashMap<>();

  static {
    SKIPPED.put("show", "starts a web server and serves until stopped");
    SKIPPED.put("bench", "measures the engine's speed for tens of seconds");
  }

  /** Why a {@code load} command to a network target (a URL, or a {@code sip:} target) is run with {@code --dry-run}. */
  static final String DRY_RUN = "sends to a network target that needs a live peer: run with --dry-run";
  static final String MAVEN = "a Maven build: the build itself runs it (checked for -am with -pl)";
  static final String NOT_CCSIM = "not a ccsim command";

  private static final Pattern SOURCE = Pattern.compile("^source <\\((.*)\\)$");

  @TempDir Path temp;

  static List<Path> documents() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    try (Stream<Path> scenarios = Files.list(ROOT.resolve("scenarios"))) {
      scenarios.map(p -> p.resolve("README.md")).filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    return files;
  }

  @Test
  void everyDocumentedCommand_runsAsWritten() throws Exception {
    List<String> failures = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int ran = 0;
    for (Path doc : documents()) {
      List<DocCommand> commands = DocCommand.in(doc);
      if (commands.isEmpty()) {
        continue;
      }
      Path work = Files.createDirectory(temp.resolve(ROOT.relativize(doc).toString().replace('/', '_')));
      List<Path> links = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(ROOT)) {
        for (Path entry : entries) {
          if (!entry.getFileName().toString().startsWith(".")) {
            links.add(Files.createSymbolicLink(work.resolve(entry.getFileName()), entry));
          }
        }
      }
      List<DocCommand.DocFile> files = new ArrayList<>(DocCommand.files(doc));
      for (DocCommand command : commands) {
        while (!files.isEmpty() && files.get(0).line() < command.line()) {
          DocCommand.DocFile file = files.remove(0);
          Path target = Path.of(resolve(file.path(), work));
          if (Files.isSymbolicLink(work.resolve(work.relativize(target).getName(0)))) {
            continue; // never write into the repository through a link
          }
          Files.createDirectories(target.getParent());
          Files.writeString(target, file.content());
        }
        Optional<String> skip = run(command, work, failures);
        if (skip.isPresent()) {
          skipped.add(command.where(ROOT) + " " + command.text() + "\n    skipped: " + skip.get());
        } else {
          ran++;
        }
      }
      for (Path link : links) {
        Files.delete(link); // the links, not what they point to
      }
    }
    System.out.println("Documented commands run: " + ran + "; not run, with the reason:\n  "
        + String.join("\n  ", skipped));
    assertEquals(List.of(), failures, "documented commands that fail");
    assertTrue(ran >= 40, "documented commands found and run: " + ran);
    for (String s : skipped) {
      String reason = s.substring(s.indexOf("skipped: ") + "skipped: ".length());
      assertTrue(SKIPPED.containsValue(reason) || reason.equals(MAVEN) || reason.startsWith(NOT_CCSIM),
          "a command skipped without a declared reason: " + s);
    }
  }

  /** Runs one command; the reason when it is not run. Failures are added to {@code failures}. */
  private static Optional<String> run(DocCommand command, Path work, List<String> failures) throws Exception {
    String text = command.text();
    Matcher source = SOURCE.matcher(text);
    boolean completion = source.matches();
    List<DocCommand.Word> words = new ArrayList<>(completion
        ? new DocCommand(command.file(), command.line(), source.group(1), 0).words() : command.words());
    // A pipeline or list runs its first command; after ||, the first may fail (exit 1), not misuse (2).
    boolean mayFail = false;
    for (int i = 0; i < words.size(); i++) {
      DocCommand.Word w = words.get(i);
      if (!w.quoted() && List.of("|", "||", "&&", ";").contains(w.text())) {
        mayFail = w.text().equals("||");
        words = words.subList(0, i);
        break;
      }
    }
    String program = words.isEmpty() ? "" : words.get(0).text();
    if (program.equals("./mvnw") || program.equals("mvnw") || program.equals("mvn")) {
      if (text.contains(" -pl ") && !text.contains(" -am")) {
        failures.add(command.where(ROOT) + ": builds one module (-pl) without what it needs (-am): " + text);
      }
      return Optional.of(MAVEN);
    }
    int first;
    if (program.equals("./ccsim") || program.equals("ccsim")) {
      first = 1;
    } else if (program.equals("java") && words.size() > 2 && words.get(1).text().equals("-jar")
        && Path.of(words.get(2).text()).getFileName().toString().startsWith("ccsim")) {
      String jar = words.get(2).text();
      if (jar.startsWith("cli/target/") && !jar.equals("cli/target/ccsim.jar")
          && !jar.equals("cli/target/ccsim-" + version() + ".jar")) {
        failures.add(command.where(ROOT) + ": " + jar + " is not the jar the build writes, cli/target/ccsim-"
            + version() + ".jar");
      }
      first = 3;
    } else {
      return Optional.of(NOT_CCSIM + " (" + program + ")");
    }
    List<DocCommand.Word> rest = words.subList(first, words.size());
    String subcommand = rest.isEmpty() ? "" : rest.get(0).text();
    if (SKIPPED.containsKey(subcommand)) {
      return Optional.of(SKIPPED.get(subcommand));
    }
    List<String> args = arguments(rest, work);
    if (subcommand.equals("load") && args.stream().anyMatch(a -> a.contains("://") || a.matches("([A-Za-z0-9_-]+=)?sip:.*"))
        && !args.contains("--dry-run")) {
      args.add("--dry-run");
      System.out.println(command.where(ROOT) + ": " + DRY_RUN);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    if (code != command.expectedExit() && !(mayFail && code == Main.FAILURE)) {
      failures.add(command.where(ROOT) + ": `" + text + "` exited " + code + ", documented "
          + command.expectedExit() + "\n" + err.toString().lines().limit(5).reduce("", (a, b) -> a + "    " + b + "\n"));
    } else if (completion && !out.toString().contains("complete -F")) {
      failures.add(command.where(ROOT) + ": `" + text + "` printed no completion script");
    }
    return Optional.empty();
  }

  /** The project's version, from the root pom. */
  static String version() throws IOException {
    Matcher m = Pattern.compile("<artifactId>ccsim-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml")));
    if (!m.find()) {
      throw new AssertionError("no version in pom.xml");
    }
    return m.group(1);
  }

  @Test
  void windowsLauncher_runsTheSameJarAsTheShellLauncher() throws IOException {
    String cmd = Files.readString(ROOT.resolve("ccsim.cmd"));
    String sh = Files.readString(ROOT.resolve("ccsim"));
    assertTrue(sh.contains("cli/target/ccsim.jar") && cmd.contains("cli\\target\\ccsim.jar"), cmd);
    assertTrue(sh.contains("-pl cli -am -DskipTests package") && cmd.contains("-pl cli -am -DskipTests package"), cmd);
    assertTrue(cmd.contains("\r\n"), "CRLF line ends for cmd.exe");
  }

  /**
   * The words as the CLI gets them: globs expanded in the working directory, and every file or
   * directory argument (by its label in the command's picocli model) resolved against it.
   */
  static List<String> arguments(List<DocCommand.Word> words, Path work) throws IOException {
    List<String> expanded = new ArrayList<>();
    for (DocCommand.Word w : words) {
      List<String> matches = !w.quoted() && w.text().contains("*") ? glob(w.text(), work) : List.of();
      expanded.addAll(matches.isEmpty() ? List.of(w.text()) : matches);
    }
    CommandSpec spec = new CommandLine(new Main()).getCommandSpec();
    List<String> args = new ArrayList<>();
    OptionSpec pending = null;
    boolean positional = false;
    for (String arg : expanded) {
      if (pending != null) {
        args.add(isPath(pending) ? resolve(arg, work) : arg);
        pending = null;
        continue;
      }
      CommandLine sub = spec.subcommands().get(arg);
      if (sub != null && !positional) {
        spec = sub.getCommandSpec();
        args.add(arg);
        continue;
      }
      if (arg.startsWith("-")) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        OptionSpec option = spec.findOption(name);
        if (option != null && arg.contains("=")) {
          String value = arg.substring(arg.indexOf('=') + 1);
          args.add(name + "=" + (isPath(option) ? resolve(value, work) : value));
        } else {
          args.add(arg);
          if (option != null && option.arity().max() > 0) {
            pending = option;
          }
        }
        continue;
      }
      positional = true;
      boolean pathParameter = spec.positionalParameters().stream().anyMatch(DocsCommandsTest::isPath);
      args.add(pathParameter ? resolve(arg, work) : arg);
    }
    return args;
  }

  private static boolean isPath(ArgSpec arg) {
    String label = arg.paramLabel();
    boolean pathTyped = java.util.Arrays.stream(arg.auxiliaryTypes()).anyMatch(t -> t == Path.class)
        || arg.type() == Path.class;
    return pathTyped || label.contains("FILE") || label.contains("DIR") || label.equals("CSV");
  }

  /** A relative path in the working directory; /tmp/... moves into it too, so runs leave nothing behind. */
  static String resolve(String path, Path work) {
    if (path.equals("-")) {
      return path;
    }
    if (path.startsWith("/tmp/")) {
      return work.resolve(path.substring("/tmp/".length())).toString();
    }
    return work.resolve(path).toString();
  }

  private static List<String> glob(String pattern, Path work) throws IOException {
    Path relative = Path.of(pattern);
    Path folder = relative.getParent() == null ? work : work.resolve(relative.getParent());
    List<String> matches = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return matches;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, relative.getFileName().toString())) {
      for (Path p : entries) {
        matches.add(relative.getParent() == null ? p.getFileName().toString()
            : relative.getParent().resolve(p.getFileName()).toString());
      }
    }
    matches.sort(null);
    return matches;
  }

  @Test
  void extraction_joinsContinuations_dropsComments_readsDocumentedExitCodes() throws IOException {
    Path md = temp.resolve("x.md");
    Files.writeString(md, String.join("\n", "text", "```console", "$ ./ccsim run a.yaml \\", "    --out b/   # note",
        "output line", "$ ./ccsim check a.yaml --expect \"phone.serviceLevel >= 0.99\"   # exit 1", "```",
        "```text", "ccsim run FILE [--seed S]", "```", "```sh", "./mvnw -B test -pl cli -am", "```", ""));
    List<DocCommand> commands = DocCommand.in(md);
    assertEquals(List.of("./ccsim run a.yaml --out b/", "./ccsim check a.yaml --expect \"phone.serviceLevel >= 0.99\"",
        "./mvnw -B test -pl cli -am"), commands.stream().map(DocCommand::text).toList());
    assertEquals(List.of(0, 1, 0), commands.stream().map(DocCommand::expectedExit).toList());
    assertEquals(List.of("./ccsim", "check", "a.yaml", "--expect", "phone.serviceLevel >= 0.99"),
        commands.get(1).words().stream().map(DocCommand.Word::text).toList());
    List<String> args = arguments(commands.get(0).words().subList(1, 5), temp);
    assertEquals(List.of("run", temp.resolve("a.yaml").toString(), "--out", temp.resolve("b/").toString()), args);
    if (args.isEmpty()) {
      fail("unreachable");
    }
  }
}
