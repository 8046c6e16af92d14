package org.dossier.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes that make any text safe inside an HTML {@code <script>} element: {@code <}, {@code >} and
 * {@code &} are written as {@code \u003c} and so on, so no article text can close the element or open a
 * comment; U+2028 and U+2029 are escaped as well, which older script parsers took for line ends.
 */
final class ScriptSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
  private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

  private final int[] ascii;

  ScriptSafeEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii['<'] = ESCAPE_STANDARD;
    ascii['>'] = ESCAPE_STANDARD;
    ascii['&'] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if (ch == 0x2028) return LINE_SEPARATOR;
    if (ch == 0x2029) return PARAGRAPH_SEPARATOR;
    return null;
  }
}
