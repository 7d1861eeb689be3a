package io.ccsim.loadgen.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  void classify_wrappedCauses_namesTheClass() {
    assertEquals("refused", Failures.classify(new CompletionException(new ConnectException("refused"))));
    assertEquals("timeout", Failures.classify(new CompletionException(new HttpTimeoutException("slow"))));
    assertEquals("io", Failures.classify(new IOException("reset")));
    assertEquals("client", Failures.classify(new IllegalStateException("bug")));
  }

  @Test
  void classifySmtp_replyCodes_andConnectionProblems() throws Exception {
    assertEquals("smtp-554", SmtpTarget.classify(
        new SMTPSendFailedException("DATA", 554, "554 rejected", null, null, null, null)));
    SMTPAddressFailedException badAddress =
        new SMTPAddressFailedException(new jakarta.mail.internet.InternetAddress("x@y.test"), "RCPT", 550, "550 no");
    SendFailedException wrapped = new SendFailedException("invalid address", badAddress);
    assertEquals("smtp-550", SmtpTarget.classify(wrapped));
    assertEquals("refused", SmtpTarget.classify(new MessagingException("cannot connect", new ConnectException())));
    assertEquals("timeout", SmtpTarget.classify(new MessagingException("slow", new SocketTimeoutException())));
    assertEquals("smtp-error", SmtpTarget.classify(new MessagingException("odd")));
  }
}
