package io.ccsim.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.ccsim.model.Scenario;
import io.ccsim.run.Engine;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads a scenario file (YAML {@code .yaml}/{@code .yml} or JSON {@code .json}) into a validated
 * {@link Scenario}; every problem is a {@link ScenarioException} with a one-line, located message.
 *
 * <p>Three steps: {@link SourceMap} scans the tokens (syntax, duplicate keys, positions), Jackson binds
 * the spec records (unknown keys, types, value notations), and the assemblers check the values and
 * cross-references and build the sim-core model. The format is described in docs/scenario-format.md.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /**
   * Reads and loads {@code file}; errors name the file as given, so relative paths stay short. The
   * scenario must fit in this JVM's heap on the engine {@code --engine auto} picks.
   */
  public static Scenario load(Path file) {
    return load(file, Engine.AUTO);
  }

  /** As {@link #load(Path)}, checking the size for {@code engine} (GENERAL for a trace replay). */
  public static Scenario load(Path file, Engine engine) {
    String display = file.toString();
    if (Files.isDirectory(file)) {
      throw unreadable(display, "it is a directory", null);
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > Limits.MAX_FILE_BYTES) {
        throw tooLarge(display, size + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw unreadable(display, "it does not exist", e);
    } catch (AccessDeniedException e) {
      throw unreadable(display, "permission denied", e);
    } catch (IOException e) {
      throw unreadable(display, String.valueOf(e.getMessage()), e);
    }
    if (bytes.length > Limits.MAX_FILE_BYTES) {
      throw tooLarge(display, bytes.length + " bytes");
    }
    return load(display, decode(display, bytes), engine, Runtime.getRuntime().maxMemory());
  }

  /** Decodes UTF-8 strictly; a byte that is not UTF-8 is reported at its line and column. */
  private static String decode(String display, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      String before = out.toString();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column = before.codePointCount(lineStart, before.length()) + 1;
      String problem = String.format(java.util.Locale.ROOT, "the file is not UTF-8 text (byte 0x%02X)",
          bytes[in.position()] & 0xFF);
      throw new ScenarioException(display, new Position(line, column), Paths.ROOT, problem,
          "a UTF-8 text file; save it as UTF-8 in your editor", null);
    }
    out.flip();
    return out.toString();
  }

  /**
   * Loads scenario text; {@code displayName} is used in messages, picks the format by its extension,
   * and gives the default scenario name (without directories and extension).
   */
  public static Scenario load(String displayName, String content) {
    return load(displayName, content, Engine.AUTO, Runtime.getRuntime().maxMemory());
  }

  /**
   * As {@link #load(String, String)}; the scenario must fit in {@code heapBytes} on {@code engine}
   * (see {@link io.ccsim.size.RunSize}), or it is refused at the value that makes it too large.
   */
  public static Scenario load(String displayName, String content, Engine engine, long heapBytes) {
    if (content.length() > Limits.MAX_FILE_BYTES) {
      throw tooLarge(displayName, content.length() + " characters");
    }
    ScenarioFormat format = ScenarioFormat.forFile(displayName).orElseThrow(() -> new ScenarioException(
        displayName, null, null, "unsupported file type", ScenarioFormat.allExtensions(), null));
    // Files.readString keeps a byte-order mark, which the JSON parser would reject as a stray character.
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    ScenarioSource source = new ScenarioSource(displayName, SourceMap.scan(displayName, format, text));
    ScenarioSpec spec = bind(format, text, source);
    Scenario scenario = new ScenarioAssembler(source).assemble(spec, defaultName(displayName));
    SizeCheck.check(scenario, spec, source, engine, heapBytes);
    return scenario;
  }

  private static ScenarioSpec bind(ScenarioFormat format, String text, ScenarioSource source) {
    try (JsonParser parser = format.mapper().createParser(text)) {
      try {
        return format.mapper().readValue(parser, ScenarioSpec.class);
      } catch (JsonMappingException e) {
        // Translated while the parser is still open and at the failing token.
        throw BindingErrors.translate(e, parser, source);
      }
    } catch (IOException e) {
      // The source map already parsed the same text, so this is not expected.
      throw source.error(Paths.ROOT, "cannot be read: " + SourceMap.syntaxProblem(e.getMessage()), null, e);
    }
  }

  private static String defaultName(String displayName) {
    String base = displayName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  private static ScenarioException tooLarge(String file, String size) {
    return new ScenarioException(file, null, null, "the scenario file is too large: " + size
        + ", more than the limit of " + Limits.MAX_FILE_BYTES + " bytes (3 MiB)",
        "a smaller file (see Limits in docs/scenario-format.md)", null);
  }

  private static ScenarioException unreadable(String file, String reason, Throwable cause) {
    return new ScenarioException(file, null, null, "cannot read the scenario file: " + reason,
        "an existing " + ScenarioFormat.allExtensions() + " file", cause);
  }
}
