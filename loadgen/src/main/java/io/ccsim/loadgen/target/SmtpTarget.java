package io.ccsim.loadgen.target;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * {@code smtp://host:port[?to=ADDRESS&from=ADDRESS]}: each contact is one email (Jakarta Mail, Eclipse
 * Angus), sent on one of a few kept-open SMTP connections. The body is the contact event; the subject and
 * the {@code X-Ccsim-Contact-Id} header carry its id. Jakarta Mail blocks, so the sends run on
 * {@code connections} worker threads whose queue holds at most the in-flight cap; a rejected message
 * counts as {@code smtp-<reply code>}.
 */
final class SmtpTarget implements Target {
  static final String DEFAULT_TO = "contacts@localhost";
  static final String DEFAULT_FROM = "customer@ccsim.invalid";

  private final String label;
  private final Session session;
  private final InternetAddress[] to;
  private final InternetAddress from;
  private final ThreadPoolExecutor workers;
  private final ThreadLocal<Transport> transport = new ThreadLocal<>();
  private final List<Transport> transports = new CopyOnWriteArrayList<>();

  SmtpTarget(String label, String host, int port, String to, String from, Duration timeout, int connections,
      int maxInFlight) {
    this.label = label;
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host);
    p.setProperty("mail.smtp.port", Integer.toString(port));
    p.setProperty("mail.smtp.localhost", "ccsim-load");
    String millis = Long.toString(timeout.toMillis());
    p.setProperty("mail.smtp.connectiontimeout", millis);
    p.setProperty("mail.smtp.timeout", millis);
    p.setProperty("mail.smtp.writetimeout", millis);
    this.session = Session.getInstance(p);
    try {
      this.to = InternetAddress.parse(to, true);
      this.from = new InternetAddress(from, true);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("'" + to + "' or '" + from + "' is not an email address", e);
    }
    this.workers = new ThreadPoolExecutor(connections, connections, 1, TimeUnit.MINUTES,
        new ArrayBlockingQueue<>(Math.max(1, maxInFlight)), runnable -> {
          Thread thread = new Thread(runnable, "ccsim-load-smtp");
          thread.setDaemon(true);
          return thread;
        });
    // Before the run starts rather than in its first second, when a scenario's email backlog is due at once:
    // starting the threads and loading Jakarta Mail's classes, work that would take the cores from the sender.
    workers.prestartAllCoreThreads();
    try {
      message("warm-up", "warm-up", "{}");
    } catch (MessagingException e) {
      // Only a warm-up: the first real message reports any problem.
    }
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void send(ContactEvent event, Delivery delivery) {
    try {
      workers.execute(() -> deliver(event, delivery));
    } catch (RejectedExecutionException e) {
      delivery.finished(Failures.CLIENT);
    }
  }

  private void deliver(ContactEvent event, Delivery delivery) {
    try {
      MimeMessage message = message(event.channel(), event.id(), event.json());
      connected().sendMessage(message, to);
      delivery.reached();
      delivery.finished(null);
    } catch (MessagingException | IllegalStateException e) {
      disconnect();
      delivery.finished(classify(e));
    }
  }

  private MimeMessage message(String channel, String id, String json) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(from);
    message.setRecipients(Message.RecipientType.TO, to);
    message.setSubject("ccsim " + channel + " contact " + id, "UTF-8");
    message.setHeader("X-Ccsim-Contact-Id", id);
    message.setText(json, "UTF-8");
    message.saveChanges();
    return message;
  }

  private Transport connected() throws MessagingException {
    Transport t = transport.get();
    if (t == null || !t.isConnected()) {
      if (t != null) {
        transports.remove(t);
      }
      t = session.getTransport("smtp");
      t.connect();
      transport.set(t);
      transports.add(t);
    }
    return t;
  }

  private void disconnect() {
    Transport t = transport.get();
    if (t != null) {
      transport.remove();
      transports.remove(t);
      try {
        t.close();
      } catch (MessagingException ignored) {
        // Already broken: the next message opens a new connection.
      }
    }
  }

  static String classify(Exception e) {
    if (e instanceof SMTPSendFailedException f) {
      return "smtp-" + f.getReturnCode();
    }
    if (e instanceof SMTPSenderFailedException f) {
      return "smtp-" + f.getReturnCode();
    }
    if (e instanceof SMTPAddressFailedException f) {
      return "smtp-" + f.getReturnCode();
    }
    if (e instanceof MessagingException m && m.getNextException() instanceof SMTPAddressFailedException f) {
      return "smtp-" + f.getReturnCode();
    }
    String c = Failures.classify(e);
    return c.equals(Failures.CLIENT) ? "smtp-error" : c;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Transport t : transports) {
      try {
        t.close();
      } catch (MessagingException ignored) {
        // Closing at the end of the run; nothing more is sent on it.
      }
    }
  }
}
