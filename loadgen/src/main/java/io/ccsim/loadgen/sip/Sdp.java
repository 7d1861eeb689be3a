package io.ccsim.loadgen.sip;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * The SDP of a call (RFC 4566, offer/answer RFC 3264): ccsim offers one G.711 µ-law (PCMU, payload type 0)
 * audio stream in 20 ms packets, {@code sendrecv} when it sends RTP, {@code inactive} when it does not; from
 * the answer it reads where to send the stream.
 */
final class Sdp {
  private Sdp() {}

  /** The offer: media at {@code rtpPort} on {@code host}, or inactive (port 9, discard) without RTP. */
  static String offer(InetAddress host, int rtpPort, boolean sending, long sessionId) {
    String family = host instanceof java.net.Inet6Address ? "IP6" : "IP4";
    String address = host.getHostAddress();
    return "v=0\r\n"
        + "o=ccsim " + sessionId + " 1 IN " + family + " " + address + "\r\n"
        + "s=ccsim call\r\n"
        + "c=IN " + family + " " + address + "\r\n"
        + "t=0 0\r\n"
        + "m=audio " + (sending ? rtpPort : 9) + " RTP/AVP 0\r\n"
        + "a=rtpmap:0 PCMU/8000\r\n"
        + "a=ptime:20\r\n"
        + (sending ? "a=sendrecv\r\n" : "a=inactive\r\n");
  }

  /** Where the answer wants the audio stream, or null when it has none (no audio, or port 0). */
  static InetSocketAddress audioDestination(String sdp) {
    String address = null;
    int port = -1;
    for (String line : sdp.split("\r?\n")) {
      if (line.startsWith("c=IN ") && address == null) {
        String[] parts = line.strip().split(" ");
        address = parts.length >= 3 ? parts[2].split("/")[0] : null;
      } else if (line.startsWith("m=audio ") && port < 0) {
        try {
          port = Integer.parseInt(line.split(" ")[1].split("/")[0]);
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    if (address == null || port <= 0 || port > 65535) {
      return null;
    }
    try {
      // An address literal (SDP carries addresses, rarely names): parsed, not looked up.
      return new InetSocketAddress(InetAddress.getByName(address), port);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
