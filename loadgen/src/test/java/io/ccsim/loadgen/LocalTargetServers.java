package io.ccsim.loadgen;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The tests' servers as a program, for trying {@code ccsim load} by hand and for the README's runs:
 * Jetty with {@code POST /contacts} (HTTP) and {@code /chat} (WebSocket) on 127.0.0.1:HTTP_PORT, and
 * GreenMail SMTP on 127.0.0.1:SMTP_PORT. Stops after SECONDS (or Ctrl-C) and prints what it received:
 *
 * <pre>
 * ./mvnw -q -o -pl loadgen test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp loadgen/target/test-classes:loadgen/target/classes:$(cat loadgen/target/cp.txt) \
 *     io.ccsim.loadgen.LocalTargetServers 8080 2525 600
 * </pre>
 */
public final class LocalTargetServers {
  private LocalTargetServers() {}

  public static void main(String[] args) throws Exception {
    int httpPort = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    int smtpPort = args.length > 1 ? Integer.parseInt(args[1]) : 2525;
    long seconds = args.length > 2 ? Long.parseLong(args[2]) : 600;
    LocalServers servers = new LocalServers(httpPort);
    GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      report(servers, mail);
    }));
    System.out.printf(Locale.ROOT, "listening: http://127.0.0.1:%d/contacts ws://127.0.0.1:%d/chat smtp://127.0.0.1:%d"
        + " for %d s%n", servers.port(), servers.port(), mail.getSmtp().getPort(), seconds);
    System.out.flush();
    if (!stop.await(seconds, TimeUnit.SECONDS)) {
      System.exit(0);
    }
  }

  private static void report(LocalServers servers, GreenMail mail) {
    Set<String> mailIds = new HashSet<>();
    long mails = 0;
    try {
      for (var m : mail.getReceivedMessages()) {
        mails++;
        mailIds.add(m.getHeader("X-Ccsim-Contact-Id")[0]);
      }
    } catch (jakarta.mail.MessagingException e) {
      System.out.println("cannot read received mail: " + e.getMessage());
    }
    System.out.printf(Locale.ROOT, "received: http %d requests for %d distinct contacts; chat %d sessions for %d"
            + " distinct contacts, %d messages, %d closed; smtp %d emails for %d distinct contacts%n",
        servers.httpReceived(), servers.httpIds.size(),
        servers.chatContacts.values().stream().mapToLong(java.util.concurrent.atomic.AtomicInteger::get).sum(),
        servers.chatContacts.size(),
        servers.chatMessages.values().stream().mapToLong(java.util.concurrent.atomic.AtomicInteger::get).sum(),
        servers.chatsClosed.get(), mails, mailIds.size());
    System.out.flush();
    try {
      servers.close();
    } catch (Exception ignored) {
      // Exiting.
    }
    mail.stop();
  }
}
