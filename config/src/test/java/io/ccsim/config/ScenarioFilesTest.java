package io.ccsim.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario shipped with the project, every example among the test resources and in the docs must load. */
class ScenarioFilesTest {
  /** The repository's scenarios folder, relative to the module directory that Surefire runs in. */
  static final Path SHIPPED = Path.of("..", "scenarios");

  @TestFactory
  Stream<DynamicTest> scenarioFiles_shippedAndExamples_allLoad() throws IOException, URISyntaxException {
    URL examples = ScenarioFilesTest.class.getClassLoader().getResource("scenarios");
    assertTrue(examples != null, "test resources must contain scenarios/");
    List<Path> files = new ArrayList<>(scenarioFiles(Path.of(examples.toURI())));
    assertTrue(files.stream().anyMatch(f -> f.endsWith("single-skill-phone.yaml")),
        "the contract example must be among the checked files: " + files);
    files.addAll(scenarioFiles(SHIPPED));
    return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(),
        () -> assertDoesNotThrow(() -> ScenarioLoader.load(f), () -> "loading " + f)));
  }

  @Test
  void formatReference_examples_areTheContractAndLoadAlike() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"));
    String yaml = codeBlock(doc, "```yaml\nname: Single-skill");
    String json = codeBlock(doc, "```json\n");

    assertEquals(ScenarioLoaderTest.resource(ScenarioLoaderTest.EXAMPLE), yaml);
    assertEquals(ScenarioLoader.load("doc.yaml", yaml), ScenarioLoader.load("doc.json", json));
  }

  @Test
  void formatReference_omniChannelExample_isTheTestResource() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"));

    assertEquals(ScenarioLoaderTest.resource(OmniChannelLoaderTest.EXAMPLE), codeBlock(doc, "```yaml\n# Omni-channel"));
  }

  @Test
  void formatReference_realDayExample_isTheTestResource() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "scenario-format.md"));

    assertEquals(ScenarioLoaderTest.resource(RealDayLoaderTest.EXAMPLE), codeBlock(doc, "```yaml\n# A real day"));
  }

  /** The body of the first fenced block that starts with {@code opening}. */
  private static String codeBlock(String doc, String opening) {
    int start = doc.indexOf(opening);
    assertTrue(start >= 0, "no block starting with " + opening);
    start = doc.indexOf('\n', start) + 1;
    return doc.substring(start, doc.indexOf("```", start));
  }

  static List<Path> scenarioFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> ScenarioFormat.forFile(f.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    }
  }
}
