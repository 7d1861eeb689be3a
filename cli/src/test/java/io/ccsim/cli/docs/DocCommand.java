package io.ccsim.cli.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command shown in the documentation: a line of a {@code ```sh} or {@code ```console} block (in a
 * console block, the lines that start with {@code $ }), with its continuation lines joined and its
 * trailing comment removed. A trailing comment {@code # exit N} documents an exit code other than 0.
 */
record DocCommand(Path file, int line, String text, int expectedExit) {
  private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*(\\w*)\\s*$");
  private static final Pattern EXIT = Pattern.compile("#\\s*exits?(?: code)?\\s+(\\d+)");

  /** Every command of the fenced sh and console blocks of {@code file}, in order. */
  static List<DocCommand> in(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DocCommand> commands = new ArrayList<>();
    String language = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (fence.matches()) {
        language = language == null ? fence.group(1) : null;
        continue;
      }
      boolean console = "console".equals(language);
      if (!console && !"sh".equals(language) && !"bash".equals(language) && !"shell".equals(language)) {
        continue;
      }
      String line = lines.get(i);
      if (console && !line.startsWith("$ ")) {
        continue;
      }
      if (line.isBlank() || line.trim().startsWith("#")) {
        continue;
      }
      int first = i;
      StringBuilder text = new StringBuilder(console ? line.substring(2) : line);
      while (endsWithContinuation(text) && i + 1 < lines.size()) {
        text.setLength(text.length() - 1);
        endsWithContinuation(text); // trims the spaces before the backslash
        text.append(' ').append(lines.get(++i).trim());
      }
      String command = text.toString();
      int exit = 0;
      int comment = commentStart(command);
      if (comment >= 0) {
        Matcher m = EXIT.matcher(command.substring(comment));
        if (m.find()) {
          exit = Integer.parseInt(m.group(1));
        }
        command = command.substring(0, comment);
      }
      commands.add(new DocCommand(file, first + 1, command.trim(), exit));
    }
    return commands;
  }

  private static boolean endsWithContinuation(StringBuilder text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    text.setLength(end);
    return end > 0 && text.charAt(end - 1) == '\\';
  }

  /** Where a shell comment starts (a # after whitespace, outside quotes), or -1. */
  static int commentStart(String command) {
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(command.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  /** The words of the command as a POSIX shell splits them (quotes removed); globs are left as written. */
  List<Word> words() {
    List<Word> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        quoted = true;
        if (word == null) {
          word = new StringBuilder();
        }
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(new Word(word.toString(), quoted));
          word = null;
          quoted = false;
        }
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        word.append(c);
      }
    }
    if (word != null) {
      words.add(new Word(word.toString(), quoted));
    }
    return words;
  }

  /** One word of a command; a quoted word is never glob-expanded. */
  record Word(String text, boolean quoted) {}

  /**
   * The files a document writes out for its commands: a {@code ```yaml} block whose first line is a
   * comment naming a path ({@code # /tmp/bench-5000.yaml: ...}), by the line the block starts on.
   */
  record DocFile(int line, String path, String content) {}

  private static final Pattern NAMED = Pattern.compile("^#\\s*(\\S+\\.(?:ya?ml|json|csv))\\b.*");

  static List<DocFile> files(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<DocFile> files = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches() || fence.group(1).isEmpty()) {
        continue;
      }
      int start = i;
      StringBuilder content = new StringBuilder();
      while (++i < lines.size() && !FENCE.matcher(lines.get(i)).matches()) {
        content.append(lines.get(i)).append('\n');
      }
      Matcher named = NAMED.matcher(content.toString().lines().findFirst().orElse(""));
      if (fence.group(1).matches("ya?ml|json") && named.matches()) {
        String name = named.group(1);
        files.add(new DocFile(start + 1, name.endsWith(":") ? name.substring(0, name.length() - 1) : name,
            content.toString()));
      }
    }
    return files;
  }

  /** Where the command is written, as {@code README.md:57}. */
  String where(Path root) {
    return root.relativize(file) + ":" + line;
  }
}
