package io.ccsim.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.ccsim.model.Scenario;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
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

  /** Reads and loads {@code file}; errors name the file as given, so relative paths stay short. */
  public static Scenario load(Path file) {
    String display = file.toString();
    if (Files.isDirectory(file)) {
      throw unreadable(display, "it is a directory", null);
    }
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw unreadable(display, "it does not exist", e);
    } catch (AccessDeniedException e) {
      throw unreadable(display, "permission denied", e);
    } catch (CharacterCodingException e) {
      throw unreadable(display, "it is not UTF-8 text", e);
    } catch (IOException e) {
      throw unreadable(display, String.valueOf(e.getMessage()), e);
    }
    return load(display, content);
  }

  /**
   * Loads scenario text; {@code displayName} is used in messages, picks the format by its extension,
   * and gives the default scenario name (without directories and extension).
   */
  public static Scenario load(String displayName, String content) {
    ScenarioFormat format = ScenarioFormat.forFile(displayName).orElseThrow(() -> new ScenarioException(
        displayName, null, null, "unsupported file type", ScenarioFormat.allExtensions(), null));
    // Files.readString keeps a byte-order mark, which the JSON parser would reject as a stray character.
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    ScenarioSource source = new ScenarioSource(displayName, SourceMap.scan(displayName, format, text));
    ScenarioSpec spec = bind(format, text, source);
    return new ScenarioAssembler(source).assemble(spec, defaultName(displayName));
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

  private static ScenarioException unreadable(String file, String reason, Throwable cause) {
    return new ScenarioException(file, null, null, "cannot read the scenario file: " + reason,
        "an existing " + ScenarioFormat.allExtensions() + " file", cause);
  }
}
