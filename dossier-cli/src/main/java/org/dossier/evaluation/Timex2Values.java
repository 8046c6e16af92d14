package org.dossier.evaluation;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a TIMEX2 gold value (WikiWars, ACE TERN) with a TIMEX3 system value. Most values are written
 * the same in both schemes ({@code 1944-06-06}, {@code 1944-W23}, {@code 1944-SU}, {@code 1944-06-06TMO},
 * {@code P3D}, {@code PXY}, {@code BC0490}, {@code PRESENT_REF}, SET frequencies such as {@code P1D}); both
 * sides go through the same few spelling rules and must then be equal:
 * <ol>
 *   <li>surrounding blanks are dropped and letters upper-cased;</li>
 *   <li>a decade or century written with X placeholders is written without them, as TIMEX2 does and as
 *       HeidelTime converts its TIMEX3 output for TERN scoring: {@code 194X} = {@code 194},
 *       {@code 19XX} = {@code 19} (also after {@code BC});</li>
 *   <li>a duration counted in decades, centuries or millennia is counted in years, the unit ISO 8601 and
 *       TIMEX3 use: {@code P1DE} = {@code P10Y}, {@code P2CE} = {@code P200Y}, {@code P1ML} = {@code P1000Y}
 *       (unknown counts, {@code PXDE}, stay as written).</li>
 * </ol>
 * Nothing else is mapped: a value that differs after these rules is a different value.
 */
public final class Timex2Values {
  private static final Pattern DECADE_X = Pattern.compile("(BC)?(\\d{3})X");
  private static final Pattern CENTURY_X = Pattern.compile("(BC)?(\\d{2})XX");
  private static final Pattern LONG_UNIT = Pattern.compile("P(\\d+)(DE|CE|ML)");

  private Timex2Values() {}

  /** The value in the shared spelling; null stays null. */
  public static String normalise(String value) {
    if (value == null) return null;
    String v = value.strip().toUpperCase(Locale.ROOT);
    Matcher m = DECADE_X.matcher(v);
    if (m.matches()) return (m.group(1) == null ? "" : m.group(1)) + m.group(2);
    m = CENTURY_X.matcher(v);
    if (m.matches()) return (m.group(1) == null ? "" : m.group(1)) + m.group(2);
    m = LONG_UNIT.matcher(v);
    if (m.matches()) {
      BigInteger factor = BigInteger.valueOf(switch (m.group(2)) {
        case "DE" -> 10;
        case "CE" -> 100;
        default -> 1000;
      });
      return "P" + new BigInteger(m.group(1)).multiply(factor) + "Y";
    }
    return v;
  }

  /** Whether a TIMEX2 gold value and a TIMEX3 system value are the same value; a missing value matches nothing. */
  public static boolean same(String timex2, String timex3) {
    if (timex2 == null || timex3 == null) return false;
    return normalise(timex2).equals(normalise(timex3));
  }
}
