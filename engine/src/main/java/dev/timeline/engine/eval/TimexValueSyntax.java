package dev.timeline.engine.eval;

import java.util.regex.Pattern;

/**
 * The shape of a TimeML TIMEX3 {@code value}: a reference ({@code PRESENT_REF}), a duration
 * ({@code P3Y}, {@code PT2H30M}, {@code PXY}, {@code P1DE}) or a calendar point with X for unknown
 * digits ({@code 2014}, {@code 199X}, {@code 2014-09-14T10:00}, {@code XXXX-WXX-7TNI}, {@code
 * 1998-Q3}, {@code 1998-SU}); years before Christ take a "BC" prefix ({@code BC0044}). Every gold
 * value of TBAQ has one of these shapes.
 */
public final class TimexValueSyntax {
  // Each repeated group alternates a number with a unit, so no character can be matched two ways
  // (safe on long input).
  private static final String NUMBER = "(?:[0-9]+(?:\\.[0-9]+)?|X)";
  private static final Pattern DURATION =
      Pattern.compile(
          "P(?:"
              + NUMBER
              + "(?:DE|CE|ML|WE|[YMWDQHECLX]))*(?:T(?:"
              + NUMBER
              + "[HMSX])+)?");
  private static final String TIME =
      "T(?:[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2}(?:\\.[0-9]+)?)?)?|MO|AF|EV|NI|DT|MI)"
          + "(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?";
  private static final Pattern POINT =
      Pattern.compile(
          "(?:(?:BC)?[0-9X]{2,4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{1,2}(?:-(?:[1-7X]|WE))?"
              + "|Q[1-4X]|H[12X]|SP|SU|FA|WI|WE))?)?(?:"
              + TIME
              + ")?");

  private TimexValueSyntax() {}

  public static boolean isWellFormed(String value) {
    if (value.isEmpty() || value.equals("P")) {
      return false;
    }
    return switch (value) {
      case "PRESENT_REF", "PAST_REF", "FUTURE_REF" -> true;
      default ->
          value.charAt(0) == 'P'
              ? DURATION.matcher(value).matches()
              : POINT.matcher(value).matches();
    };
  }
}
