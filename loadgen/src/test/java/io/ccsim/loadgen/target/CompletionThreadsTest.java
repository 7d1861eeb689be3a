package io.ccsim.loadgen.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompletionThreadsTest {
  private String saved;

  @BeforeEach
  void save() {
    saved = System.getProperty(CompletionThreads.PARALLELISM_PROPERTY);
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(CompletionThreads.PARALLELISM_PROPERTY);
    } else {
      System.setProperty(CompletionThreads.PARALLELISM_PROPERTY, saved);
    }
  }

  @Test
  void parallelismFor_fewCores_isAtLeastTwo_manyCores_isTheJdkDefault() {
    assertEquals(2, CompletionThreads.parallelismFor(1));
    assertEquals(2, CompletionThreads.parallelismFor(2));
    assertEquals(2, CompletionThreads.parallelismFor(3));
    assertEquals(7, CompletionThreads.parallelismFor(8));
  }

  @Test
  void requestCommonPool_propertyUnset_setsIt() {
    System.clearProperty(CompletionThreads.PARALLELISM_PROPERTY);
    CompletionThreads.requestCommonPool();
    assertEquals(Integer.toString(CompletionThreads.parallelismFor(Runtime.getRuntime().availableProcessors())),
        System.getProperty(CompletionThreads.PARALLELISM_PROPERTY));
  }

  @Test
  void requestCommonPool_userChoseASize_leavesIt() {
    System.setProperty(CompletionThreads.PARALLELISM_PROPERTY, "1");
    CompletionThreads.requestCommonPool();
    assertEquals("1", System.getProperty(CompletionThreads.PARALLELISM_PROPERTY));
  }
}
