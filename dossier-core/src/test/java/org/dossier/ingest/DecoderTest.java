package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {
  private static final String GERMAN = "Außenminister Lawrow traf in Moskau ein – für Gespräche über 5 €.";

  @Test
  void decodesUtf8WithAndWithoutBom() throws Exception {
    byte[] plain = GERMAN.getBytes(StandardCharsets.UTF_8);
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
    assertThat(Decoder.decode(plain)).isEqualTo(GERMAN);
    assertThat(Decoder.decode(bom)).isEqualTo(GERMAN);
  }

  @Test
  void decodesUtf16ByByteOrderMark() throws Exception {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, GERMAN.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, GERMAN.getBytes(StandardCharsets.UTF_16BE));
    assertThat(Decoder.decode(le)).isEqualTo(GERMAN);
    assertThat(Decoder.decode(be)).isEqualTo(GERMAN);
  }

  @Test
  void fallsBackToWindows1252ForLatinText() throws Exception {
    byte[] cp1252 = GERMAN.getBytes(Charset.forName("windows-1252"));
    assertThat(Decoder.decode(cp1252)).isEqualTo(GERMAN);
    byte[] latin1 = "Grüße aus Eriwan".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Decoder.decode(latin1)).isEqualTo("Grüße aus Eriwan");
  }

  @Test
  void honoursDeclaredHtmlCharset() throws Exception {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>" + GERMAN + "</p></body></html>";
    assertThat(Decoder.decodeHtml(html.getBytes(Charset.forName("windows-1252")), null)).contains(GERMAN);
  }

  @Test
  void rejectsBinaryFormatsWithTheirName() {
    assertThatThrownBy(() -> Decoder.decode("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("PDF");
    assertThatThrownBy(() -> Decoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))
        .hasMessageContaining("PNG");
    assertThatThrownBy(() -> Decoder.decode(new byte[] {0x1F, (byte) 0x8B, 8, 0})).hasMessageContaining("gzip");
    assertThatThrownBy(() -> Decoder.decode(new byte[] {'a', 0, 'b'})).hasMessageContaining("NUL");
  }

  @Test
  void rejectsUndecodableAndEmptyInput() {
    // 0x81 and 0x8D are undefined in Windows-1252 and invalid as UTF-8 here.
    assertThatThrownBy(() -> Decoder.decode(new byte[] {'a', (byte) 0x81, (byte) 0x8D, 'b', (byte) 0xC3}))
        .hasMessageContaining("undecodable");
    assertThatThrownBy(() -> Decoder.decode(new byte[0])).hasMessage("empty file");
    byte[] controls = new byte[200];
    java.util.Arrays.fill(controls, (byte) 0x07);
    assertThatThrownBy(() -> Decoder.decode(controls)).hasMessageContaining("control characters");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
