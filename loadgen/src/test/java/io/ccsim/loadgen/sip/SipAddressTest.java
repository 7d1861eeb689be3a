package io.ccsim.loadgen.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccsim.loadgen.target.TargetKind;
import io.ccsim.loadgen.target.TargetSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SipAddressTest {
  @Test
  void udpByDefault_tcpWithTheTransportParameter_port5060UnlessGiven() {
    SipAddress udp = SipAddress.parse("sip:queue@127.0.0.1:5070");
    assertEquals(new SipAddress("queue", "127.0.0.1", 5070, SipAddress.Transport.UDP, SipAddress.Media.NONE), udp);
    assertEquals("sip:queue@127.0.0.1:5070", udp.requestUri());
    SipAddress tcp = SipAddress.parse("sip:queue@localhost;transport=TCP;rtp=tone");
    assertEquals(SipAddress.Transport.TCP, tcp.transport());
    assertEquals(SipAddress.Media.TONE, tcp.media());
    assertEquals(5060, tcp.port());
    assertEquals("sip:queue@localhost:5060;transport=tcp", tcp.requestUri(), "ccsim's rtp= is not sent");
    assertEquals("sip:127.0.0.1:5070", SipAddress.parse("sip:127.0.0.1:5070").requestUri(), "no user part");
    SipAddress v6 = SipAddress.parse("sip:[::1]:5062;rtp=silence");
    assertEquals("::1", v6.host());
    assertEquals("sip:[::1]:5062", v6.requestUri());
  }

  @Test
  void badTargets_sayWhatIsWrong_andWhatIsAllowed() {
    List<String[]> cases = List.of(
        new String[] {"sip:queue@", "unknown host form ''"},
        new String[] {"sip:queue@ho st:5060", "unknown host form 'ho st'"},
        new String[] {"sip:queue@300.1.1.1", "unknown host form '300.1.1.1'"},
        new String[] {"sip:queue@[::1", "unknown host form"},
        new String[] {"sip:queue@127.0.0.1:0", "port '0', out of range (1 to 65535)"},
        new String[] {"sip:queue@127.0.0.1:70000", "port '70000', out of range"},
        new String[] {"sip:queue@127.0.0.1:50x", "port '50x', out of range"},
        new String[] {"sip:queue@127.0.0.1;transport=sctp", "unknown transport 'sctp' (udp or tcp)"},
        new String[] {"sip:queue@127.0.0.1;rtp=opus", "unknown RTP stream 'opus'"},
        new String[] {"sip:queue@127.0.0.1;lr", "unknown parameter 'lr'"},
        new String[] {"sip:que ue@127.0.0.1", "user part 'que ue'"});
    for (String[] c : cases) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetSpec.parse(c[0]), c[0]);
      assertTrue(e.getMessage().contains(c[1]) && e.getMessage().endsWith("allowed: " + SipAddress.FORM)
          && !e.getMessage().contains("\n"), e.getMessage());
    }
  }

  @Test
  void targetSpec_keepsTheHostForTheLoopbackRule() {
    TargetSpec local = TargetSpec.parse("phone=sip:queue@127.0.0.1:5060;transport=tcp");
    assertEquals(TargetKind.SIP, local.kind());
    assertEquals("phone", local.channel());
    assertEquals("sip:queue@127.0.0.1:5060;transport=tcp", local.text());
    assertTrue(local.isLoopback());
    assertTrue(TargetSpec.parse("sip:[::1]:5060").isLoopback());
    TargetSpec remote = TargetSpec.parse("sip:queue@pbx.example.com");
    assertTrue(!remote.isLoopback());
    assertThrows(IllegalArgumentException.class, () -> remote.checkAllowed(List.of()));
    remote.checkAllowed(List.of("PBX.example.com"));
  }
}
