package io.ccsim.cli;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

/**
 * Says in the build output, as a skipped test with its reason, when {@link ReportBrowserTest} is left
 * out: the {@code browser} profile is on where /usr/bin/chromedriver exists, or with -Pbrowser.
 */
class BrowserSkipNoticeTest {
  static final String REASON = "ReportBrowserTest skipped: the browser profile is off; it turns on where"
      + " /usr/bin/chromedriver exists (apt-get install chromium chromium-driver), -Pbrowser forces it";

  @Test
  void browserTest_isRun_orTheBuildSaysWhyNot() {
    boolean excluded = "browser".equals(System.getProperty("ccsim.browser.excluded"));
    if (excluded) {
      System.out.println("[WARNING] " + REASON);
    }
    assumeFalse(excluded, REASON);
  }
}
