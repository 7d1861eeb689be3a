package io.ccsim.loadgen.sip;

import io.ccsim.loadgen.target.ContactEvent;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the requests and responses of a call (RFC 3261 sections 8.1, 9.1, 12, 15, 17.1.1.3). Every request
 * goes to the target's address (there is no Route set: ccsim calls a server, not through proxies that
 * record routes).
 */
final class Requests {
  /** The magic cookie of an RFC 3261 branch. */
  static final String BRANCH_PREFIX = "z9hG4bK";

  private Requests() {}

  static String token() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }

  static String branch() {
    return BRANCH_PREFIX + "-" + token();
  }

  static String via(SipTransport transport, InetSocketAddress local, String branch) {
    return SipMessage.VERSION + "/" + transport.name() + " " + hostPort(local) + ";branch=" + branch + ";rport";
  }

  static String hostPort(InetSocketAddress a) {
    String host = a.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  /** A request in the call's dialog (or, for the INVITE, the one that starts it). */
  static SipMessage inDialog(String method, String uri, SipTransport transport, InetSocketAddress local, String branch,
      String from, String to, String callId, long cseq) {
    return SipMessage.request(method, uri)
        .header("Via", via(transport, local, branch))
        .header("Max-Forwards", "70")
        .header("From", from)
        .header("To", to)
        .header("Call-ID", callId)
        .header("CSeq", cseq + " " + method);
  }

  /**
   * The INVITE of a contact's call, with its SDP offer and the contact in headers (docs/load.md#phone-calls-sip):
   * X-Ccsim-Contact-Id, -Channel, -Intended-At, -Customer (when known), -Handle-Time-Ms and -Patience-Ms (when
   * it abandons), the last two in wall-clock milliseconds.
   */
  static SipMessage invite(ContactEvent event, SipAddress address, SipTransport transport, InetSocketAddress local,
      String from, String to, String callId, String sdp) {
    SipMessage m = inDialog("INVITE", address.requestUri(), transport, local, branch(), from, to, callId, 1)
        .header("Contact", "<sip:ccsim@" + hostPort(local) + ";transport="
            + transport.name().toLowerCase(Locale.ROOT) + ">")
        .header("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS")
        .header("User-Agent", "ccsim")
        .header("X-Ccsim-Contact-Id", event.id())
        .header("X-Ccsim-Channel", event.channel())
        .header("X-Ccsim-Intended-At", event.intendedAt().toString());
    if (event.contact().customerId() != null) {
      m.header("X-Ccsim-Customer", event.contact().customerId());
    }
    m.header("X-Ccsim-Handle-Time-Ms", Long.toString(Math.round(event.sessionNanos() / 1e6)));
    if (event.patienceNanos() >= 0) {
      m.header("X-Ccsim-Patience-Ms", Long.toString(Math.round(event.patienceNanos() / 1e6)));
    }
    return m.body("application/sdp", sdp);
  }

  /**
   * The CANCEL of an INVITE (RFC 3261 section 9.1): the same Request-URI, top Via, From, To (without the
   * tag a response may have added), Call-ID and CSeq number.
   */
  static SipMessage cancel(SipMessage invite) {
    return ofInviteTransaction("CANCEL", invite, invite.header("To"));
  }

  /**
   * The ACK of a non-2xx final response (RFC 3261 section 17.1.1.3): part of the INVITE's transaction, so
   * the same branch, with the response's To.
   */
  static SipMessage ackOfFailure(SipMessage invite, SipMessage response) {
    return ofInviteTransaction("ACK", invite, response.header("To"));
  }

  private static SipMessage ofInviteTransaction(String method, SipMessage invite, String to) {
    String cseq = invite.header("CSeq");
    return SipMessage.request(method, invite.requestUri())
        .header("Via", invite.header("Via"))
        .header("Max-Forwards", "70")
        .header("From", invite.header("From"))
        .header("To", to)
        .header("Call-ID", invite.callId())
        .header("CSeq", cseq.substring(0, cseq.indexOf(' ')) + " " + method);
  }

  /** The URI of a Contact header ({@code <sip:...>;params} or a bare URI), or null. */
  static String contactUri(SipMessage message) {
    String contact = message.header("Contact");
    if (contact == null) {
      return null;
    }
    int open = contact.indexOf('<');
    int close = contact.indexOf('>');
    if (open >= 0 && close > open) {
      return contact.substring(open + 1, close);
    }
    String bare = contact.split(";")[0].strip();
    return bare.isEmpty() ? null : bare;
  }
}
