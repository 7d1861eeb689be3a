package io.ccsim.loadgen.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SipMessageTest {
  private static final String RESPONSE = "SIP/2.0 200 OK\r\n"
      + "v: SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-1;rport\r\n"
      + "f: <sip:ccsim@127.0.0.1>;tag=a\r\n"
      + "t: <sip:queue@127.0.0.1:5060>;tag=b\r\n"
      + "i: c-1@127.0.0.1\r\n"
      + "CSeq: 1 INVITE\r\n"
      + "m: <sip:uas@127.0.0.1:5060;transport=udp>;expires=60\r\n"
      + "Subject: a header folded\r\n over two lines\r\n"
      + "c: application/sdp\r\n"
      + "l: 12\r\n\r\n"
      + "v=0\r\nm=audio";

  @Test
  void parse_readsCompactHeaders_foldedLines_tagsAndTheBody() {
    byte[] bytes = RESPONSE.getBytes(StandardCharsets.UTF_8);
    SipMessage m = SipMessage.parse(bytes, 0, bytes.length);
    assertEquals(200, m.status());
    assertEquals("INVITE", m.method());
    assertEquals("c-1@127.0.0.1", m.callId());
    assertEquals("b", m.tag("To"));
    assertEquals("a", m.tag("From"));
    assertEquals("z9hG4bK-1", m.branch());
    assertEquals("a header folded over two lines", m.header("subject"));
    assertEquals("sip:uas@127.0.0.1:5060;transport=udp", Requests.contactUri(m));
    assertEquals("v=0\r\nm=audio", m.bodyText());
    assertThrows(IllegalArgumentException.class, () -> SipMessage.parse(new byte[] {'h', 'i'}, 0, 2));
  }

  @Test
  void encode_writesTheContentLength_andNoHeaderValueCanEndTheHeader() {
    SipMessage m = SipMessage.request("INVITE", "sip:q@127.0.0.1").header("X-Ccsim-Customer", "evil\r\nVia: x")
        .body("application/sdp", "v=0\r\n");
    String wire = new String(m.encode(), StandardCharsets.UTF_8);
    assertTrue(wire.startsWith("INVITE sip:q@127.0.0.1 SIP/2.0\r\n"), wire);
    assertTrue(wire.contains("X-Ccsim-Customer: evil Via: x\r\n"), wire);
    assertTrue(wire.endsWith("Content-Length: 5\r\n\r\nv=0\r\n"), wire);
    byte[] bytes = m.encode();
    SipMessage back = SipMessage.parse(bytes, 0, bytes.length);
    assertEquals("INVITE", back.method());
    assertNull(back.header("Via"));
  }

  @Test
  void framing_cutsAStreamIntoMessages_whereverItsReadsEnd() {
    byte[] one = RESPONSE.getBytes(StandardCharsets.UTF_8);
    byte[] stream = new byte[one.length * 3 + 2];
    System.arraycopy(one, 0, stream, 0, one.length);
    stream[one.length] = '\r'; // a keep-alive between messages
    stream[one.length + 1] = '\n';
    System.arraycopy(one, 0, stream, one.length + 2, one.length);
    System.arraycopy(one, 0, stream, one.length * 2 + 2, one.length);
    for (int chunk : new int[] {1, 7, 100, stream.length}) {
      SipFraming framing = new SipFraming();
      List<SipMessage> out = new ArrayList<>();
      for (int at = 0; at < stream.length; at += chunk) {
        int n = Math.min(chunk, stream.length - at);
        byte[] part = new byte[n];
        System.arraycopy(stream, at, part, 0, n);
        framing.feed(part, n, out::add);
      }
      assertEquals(3, out.size(), "chunks of " + chunk);
      assertEquals("v=0\r\nm=audio", out.get(2).bodyText());
    }
  }

  @Test
  void requests_cancelAndAckOfAFailure_belongToTheInvitesTransaction() {
    SipMessage invite = SipMessage.request("INVITE", "sip:q@127.0.0.1:5060")
        .header("Via", "SIP/2.0/UDP 127.0.0.1:5061;branch=z9hG4bK-7").header("From", "<sip:ccsim@h>;tag=a")
        .header("To", "<sip:q@127.0.0.1:5060>").header("Call-ID", "c-7").header("CSeq", "1 INVITE");
    SipMessage cancel = Requests.cancel(invite);
    assertEquals("CANCEL", cancel.method());
    assertEquals("z9hG4bK-7", cancel.branch());
    assertEquals("1 CANCEL", cancel.header("CSeq"));
    assertNull(cancel.tag("To"));
    SipMessage busy = SipMessage.responseTo(invite, 486, "Busy Here").toTag("b");
    SipMessage ack = Requests.ackOfFailure(invite, busy);
    assertEquals("z9hG4bK-7", ack.branch());
    assertEquals("b", ack.tag("To"));
    assertEquals("1 ACK", ack.header("CSeq"));
  }

  @Test
  void sdp_offersPcmu_andTheAnswerSaysWhereTheAudioGoes() throws Exception {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    String offer = Sdp.offer(loopback, 40000, true, 5);
    assertTrue(offer.contains("m=audio 40000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=ptime:20\r\na=sendrecv"), offer);
    assertTrue(Sdp.offer(loopback, 40000, false, 5).contains("m=audio 9 RTP/AVP 0"));
    assertEquals(new InetSocketAddress(loopback, 40000), Sdp.audioDestination(offer));
    assertNull(Sdp.audioDestination("v=0\r\nc=IN IP4 127.0.0.1\r\nm=audio 0 RTP/AVP 0\r\n"));
  }

  @Test
  void muLaw_matchesG711() {
    assertEquals((byte) 0xFF, RtpPump.muLaw(0));
    assertEquals((byte) 0x80, RtpPump.muLaw(32767));
    assertEquals((byte) 0x00, RtpPump.muLaw(-32768));
    assertEquals((byte) 0xF2, RtpPump.muLaw(100)); // 100 + bias 0x84 = 0xE8: exponent 0, mantissa 0xD, inverted
  }
}
