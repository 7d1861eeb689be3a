package io.ccsim.loadgen;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.websocket.api.Session;

/** One chat session on the test server's side (public: Jetty looks its methods up with a public lookup). */
public final class ChatEndpoint implements Session.Listener.AutoDemanding {
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private final LocalServers servers;
  private String contact;

  ChatEndpoint(LocalServers servers) {
    this.servers = servers;
  }

  @Override
  public void onWebSocketText(String message) {
    Matcher m = ID.matcher(message);
    if (!m.find()) {
      return;
    }
    if (contact == null) {
      contact = m.group(1);
      servers.chatContacts.computeIfAbsent(contact, k -> new AtomicInteger()).incrementAndGet();
    }
    servers.chatMessages.computeIfAbsent(m.group(1), k -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void onWebSocketClose(int statusCode, String reason) {
    servers.chatsClosed.incrementAndGet();
  }
}
