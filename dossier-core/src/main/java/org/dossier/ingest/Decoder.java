package org.dossier.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: byte order marks first, then a declared charset (HTML), then strict UTF-8,
 * then Windows-1252 (a superset of Latin-1's printable range). Recognises binary formats by their
 * magic numbers and by control characters, so a PDF or an image is rejected with a clear reason.
 */
public final class Decoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  private Decoder() {}

  /** Decodes plain text. */
  public static String decode(byte[] bytes) throws UnreadableException {
    return decode(bytes, null);
  }

  /** Decodes HTML, honouring a {@code <meta charset>} declaration in the first 4 KB. */
  public static String decodeHtml(byte[] bytes, String httpCharset) throws UnreadableException {
    Charset declared = charset(httpCharset);
    if (declared == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = charset(m.group(1));
      }
    }
    return decode(bytes, declared);
  }

  private static String decode(byte[] bytes, Charset declared) throws UnreadableException {
    if (bytes.length == 0) {
      throw new UnreadableException("empty file");
    }
    String binary = binaryKind(bytes);
    if (binary != null) {
      throw new UnreadableException("binary content (" + binary + "), not text");
    }
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strict(bytes, 3, StandardCharsets.UTF_8);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16LE);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16BE);
    } else if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      text = lenientlyDeclared(bytes, declared);
    } else {
      text = strict(bytes, 0, StandardCharsets.UTF_8);
      if (text == null) {
        text = strict(bytes, 0, WINDOWS_1252);
      }
    }
    if (text == null) {
      throw new UnreadableException("undecodable bytes: neither UTF-8 nor Windows-1252/Latin-1");
    }
    if (controlShare(text) > 0.02) {
      throw new UnreadableException("undecodable bytes: " + percent(controlShare(text)) + " control characters");
    }
    return text;
  }

  private static String lenientlyDeclared(byte[] bytes, Charset declared) {
    // A page that declares Latin-1 is nearly always Windows-1252 (as browsers assume).
    Charset cs = declared.equals(StandardCharsets.ISO_8859_1) || declared.name().equalsIgnoreCase("US-ASCII")
        ? WINDOWS_1252 : declared;
    String text = strict(bytes, 0, cs);
    if (text == null) {
      // Declarations lie; fall back to the byte-level detection.
      text = strict(bytes, 0, StandardCharsets.UTF_8);
      if (text == null) {
        text = strict(bytes, 0, WINDOWS_1252);
      }
    }
    return text;
  }

  private static String strict(byte[] bytes, int offset, Charset cs) {
    try {
      CharBuffer chars = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The name of a binary format recognised by its leading bytes, or null. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) return "PDF";
    if (startsWith(b, 0x89, 'P', 'N', 'G')) return "PNG image";
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) return "JPEG image";
    if (startsWith(b, 'G', 'I', 'F', '8')) return "GIF image";
    if (startsWith(b, 0x1F, 0x8B)) return "gzip";
    if (startsWith(b, 'P', 'K', 0x03, 0x04)) return "ZIP archive";
    if (startsWith(b, 'B', 'Z', 'h')) return "bzip2";
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) return "executable";
    if (startsWith(b, 0x28, 0xB5, 0x2F, 0xFD)) return "zstd";
    boolean utf16 = startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
    if (!utf16) {
      int n = Math.min(b.length, 8192);
      for (int i = 0; i < n; i++) {
        if (b[i] == 0) return "contains NUL bytes";
      }
    }
    return null;
  }

  private static double controlShare(String text) {
    int n = Math.min(text.length(), 65536);
    if (n == 0) return 0;
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0xFFFD || (c >= 0x7F && c < 0xA0)) {
        control++;
      }
    }
    return control / (double) n;
  }

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.0f%%", share * 100);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }
}
