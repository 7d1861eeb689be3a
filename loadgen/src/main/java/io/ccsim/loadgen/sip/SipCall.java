package io.ccsim.loadgen.sip;

import io.ccsim.loadgen.measure.CallEnd;
import io.ccsim.loadgen.target.ContactEvent;
import io.ccsim.loadgen.target.Delivery;
import io.ccsim.loadgen.target.Failures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One contact as a phone call, the user agent client's side (RFC 3261): INVITE with an SDP offer; on 200 OK
 * an ACK, the call held for the contact's handle time, then BYE; on a final failure an ACK and the call is
 * rejected; not answered by the contact's patience (from its intended start), a CANCEL. Every event of the
 * call (responses, requests from the server, timers) runs under the call's lock.
 */
final class SipCall implements ClientTransaction.Listener {
  private enum State { CALLING, ANSWERED, HANGING_UP, ENDED }

  private final SipTarget target;
  private final ContactEvent event;
  private final Delivery delivery;
  private final String fromTag = Requests.token();
  private State state = State.CALLING;
  private String callId;
  private InetSocketAddress local;
  private String from;
  private String to;
  private String remoteUri;
  private ClientTransaction invite;
  private ClientTransaction cancel;
  private ClientTransaction bye;
  private SipMessage ack;
  /** Once the call is being cancelled or hung up early: how it will have ended (abandoned or stopped). */
  private CallEnd cutShort;
  private boolean cancelAnswered;
  private boolean reached;
  private boolean rang;
  private ScheduledFuture<?> patience;
  private ScheduledFuture<?> hangUp;
  private ScheduledFuture<?> finalWait;
  private RtpPump.Stream rtp;

  SipCall(SipTarget target, ContactEvent event, Delivery delivery) {
    this.target = target;
    this.event = event;
    this.delivery = delivery;
  }

  /** Sends the INVITE and sets the patience timer. */
  synchronized void start() {
    delivery.callStarted();
    SipTransport transport = target.transport();
    try {
      local = transport.open();
      if (target.rtp() != null) {
        rtp = target.rtp().open(local.getAddress());
      }
    } catch (IOException e) {
      transportFailed(e);
      return;
    }
    SipAddress address = target.address();
    callId = event.id() + "@" + local.getAddress().getHostAddress();
    from = "<sip:ccsim@" + Requests.hostPort(local) + ">;tag=" + fromTag;
    to = "<" + address.requestUri() + ">";
    String sdp = Sdp.offer(local.getAddress(), rtp == null ? 9 : rtp.port(), rtp != null,
        ThreadLocalRandom.current().nextLong(1L << 40));
    SipMessage m = Requests.invite(event, address, transport, local, from, to, callId, sdp);
    target.register(callId, this);
    invite = new ClientTransaction(this, transport, target.timer(), m, target.transactionTimeoutNanos(), this);
    invite.start();
    if (state != State.ENDED && event.patienceNanos() >= 0) {
      long delay = event.intendedNanos() + event.patienceNanos() - System.nanoTime();
      patience = target.timer().schedule(this::patienceOver, Math.max(0, delay), TimeUnit.NANOSECONDS);
    }
  }

  /** A response from the server, matched to this call by its Call-ID. */
  synchronized void response(SipMessage r) {
    String method = r.method();
    if (method.equals("INVITE")) {
      inviteResponse(r);
    } else if (method.equals("CANCEL") && cancel != null) {
      cancel.response(r);
      cancelAnswered |= r.status() >= 200 && r.status() < 300;
    } else if (method.equals("BYE") && bye != null && !bye.done()) {
      bye.response(r);
      if (r.status() >= 200) {
        byeAnswered(r.status());
      }
    }
  }

  private void inviteResponse(SipMessage r) {
    int status = r.status();
    if (state == State.ENDED || state == State.ANSWERED || state == State.HANGING_UP) {
      // A retransmission (over UDP the server repeats its final response until it has the ACK).
      if (status >= 300) {
        send(Requests.ackOfFailure(invite.request(), r));
      } else if (status >= 200 && ack != null) {
        send(ack);
      } else if (status >= 200) {
        // Answered after the call ended here (timed out, or cancelled without a 487): end it on the server.
        dialog(r);
        send(ack);
        send(Requests.inDialog("BYE", remoteUri, target.transport(), local, Requests.branch(), from, to, callId, 2));
      }
      return;
    }
    if (!reached) {
      reached = true;
      delivery.reached();
    }
    invite.response(r);
    if (status < 200) {
      if (status >= 180 && status < 190 && !rang) {
        rang = true;
        delivery.ringing();
      }
      if (cutShort != null && cancel == null) {
        sendCancel();
      }
      return;
    }
    cancelTimer(patience);
    if (status >= 300) {
      send(Requests.ackOfFailure(invite.request(), r));
      if (cutShort != null) {
        end(cutShort, 0, null);
      } else {
        end(CallEnd.REJECTED, status, "sip-" + status);
      }
      return;
    }
    dialog(r);
    state = State.ANSWERED;
    delivery.answered();
    if (!send(ack)) {
      return;
    }
    if (cutShort != null) {
      // Answered as the customer hung up (the 200 crossed the CANCEL): hang up at once.
      hangUpNow();
      return;
    }
    if (rtp != null) {
      rtp.start(Sdp.audioDestination(r.bodyText()));
    }
    long remaining = event.sessionNanos();
    hangUp = target.timer().schedule(this::hangUpPlanned, remaining, TimeUnit.NANOSECONDS);
  }

  /** The dialog's remote side from a 2xx: its tag (in To) and target (Contact); and the ACK for the 2xx. */
  private void dialog(SipMessage ok) {
    to = ok.header("To");
    String contact = Requests.contactUri(ok);
    remoteUri = contact != null ? contact : target.address().requestUri();
    ack = Requests.inDialog("ACK", remoteUri, target.transport(), local, Requests.branch(), from, to, callId, 1);
  }

  private synchronized void patienceOver() {
    if (state == State.CALLING && cutShort == null) {
      cutShort = CallEnd.ABANDONED;
      if (invite.provisional()) {
        sendCancel(); // else when the first provisional response comes (RFC 3261 section 9.1)
      }
    }
  }

  private void sendCancel() {
    cancel = new ClientTransaction(this, target.transport(), target.timer(), Requests.cancel(invite.request()),
        target.transactionTimeoutNanos(), this);
    cancel.start();
    // The server answers the CANCEL and ends the INVITE with 487; a server that does neither is a timeout.
    finalWait = target.timer().schedule(() -> {
      synchronized (this) {
        if (state == State.CALLING) {
          end(cancelAnswered ? cutShort : CallEnd.TIMEOUT, 0, cancelAnswered ? null : Failures.TIMEOUT);
        }
      }
    }, target.transactionTimeoutNanos(), TimeUnit.NANOSECONDS);
  }

  private synchronized void hangUpPlanned() {
    if (state == State.ANSWERED) {
      hangUpNow();
    }
  }

  private void hangUpNow() {
    state = State.HANGING_UP;
    cancelTimer(hangUp);
    if (rtp != null) {
      rtp.close();
    }
    SipMessage m = Requests.inDialog("BYE", remoteUri, target.transport(), local, Requests.branch(), from, to,
        callId, 2);
    bye = new ClientTransaction(this, target.transport(), target.timer(), m, target.transactionTimeoutNanos(), this);
    bye.start();
  }

  private void byeAnswered(int status) {
    if (cutShort != null) {
      end(cutShort, 0, null);
    } else if (status < 300) {
      end(CallEnd.COMPLETED, 0, null);
    } else {
      end(CallEnd.DROPPED, 0, "sip-bye-" + status);
    }
  }

  /** A request from the server in this call's dialog. */
  synchronized void request(SipMessage r) {
    String method = r.method();
    switch (method) {
      case "ACK" -> { }
      case "BYE" -> {
        send(SipMessage.responseTo(r, 200, "OK"));
        if (state == State.ANSWERED) {
          end(cutShort != null ? cutShort : CallEnd.DROPPED, 0, cutShort != null ? null : "sip-dropped");
        }
      }
      case "OPTIONS" -> send(SipMessage.responseTo(r, 200, "OK"));
      case "INVITE" -> send(SipMessage.responseTo(r, 488, "Not Acceptable Here")); // no re-INVITEs: media stays
      default -> send(SipMessage.responseTo(r, 501, "Not Implemented"));
    }
  }

  /** The run is stopping: cancel a call that rings, hang up one that is answered. */
  synchronized void hurry() {
    if (state == State.CALLING && cutShort == null) {
      cutShort = CallEnd.STOPPED;
      if (invite != null && invite.provisional()) {
        sendCancel();
      }
    } else if (state == State.ANSWERED) {
      cutShort = CallEnd.STOPPED;
      hangUpNow();
    }
  }

  /** The target is closing (the run is over; this call was counted as unfinished): end it on the server too. */
  synchronized void abort() {
    if (state == State.CALLING && invite != null && invite.provisional() && cancel == null) {
      send(Requests.cancel(invite.request()));
    } else if (state == State.ANSWERED) {
      send(Requests.inDialog("BYE", remoteUri, target.transport(), local, Requests.branch(), from, to, callId, 2));
    }
    stopAll();
    state = State.ENDED;
  }

  /** The connection broke (TCP). */
  synchronized void transportFailed(IOException cause) {
    if (state == State.ENDED) {
      return;
    }
    String errorClass = Failures.classify(cause);
    if (cutShort != null) {
      end(cutShort, 0, null);
    } else if (state == State.CALLING) {
      end(errorClass.equals(Failures.TIMEOUT) ? CallEnd.TIMEOUT : CallEnd.TRANSPORT, 0, errorClass);
    } else {
      end(CallEnd.DROPPED, 0, errorClass);
    }
  }

  @Override
  public void timedOut(ClientTransaction t) {
    if (state == State.ENDED) {
      return;
    }
    if (t == invite) {
      end(CallEnd.TIMEOUT, 0, Failures.TIMEOUT);
    } else if (t == bye) {
      end(cutShort != null ? cutShort : CallEnd.DROPPED, 0, cutShort != null ? null : "sip-bye-timeout");
    } // a CANCEL's timeout is judged by finalWait
  }

  @Override
  public void failed(ClientTransaction t, IOException cause) {
    transportFailed(cause);
  }

  /** Sends a message outside a transaction (ACK, responses); false (and the call ended) if it failed. */
  private boolean send(SipMessage m) {
    try {
      target.transport().send(m);
      return true;
    } catch (IOException e) {
      transportFailed(e);
      return false;
    }
  }

  private void end(CallEnd end, int status, String errorClass) {
    if (state == State.ENDED) {
      return;
    }
    state = State.ENDED;
    stopAll();
    if (rtp != null) {
      delivery.media(rtp.sent(), rtp.received());
    }
    delivery.callEnded(end, status);
    delivery.finished(errorClass);
    if (callId != null) {
      target.forgetLater(callId);
    }
  }

  private void stopAll() {
    for (ClientTransaction t : new ClientTransaction[] {invite, cancel, bye}) {
      if (t != null) {
        t.stop();
      }
    }
    cancelTimer(patience);
    cancelTimer(hangUp);
    cancelTimer(finalWait);
    if (rtp != null) {
      rtp.close();
    }
  }

  private static void cancelTimer(ScheduledFuture<?> f) {
    if (f != null) {
      f.cancel(false);
    }
  }
}
