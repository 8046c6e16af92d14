package org.dossier.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Analysis output whose every text tries to break out of the page: script tags, comments, links. */
final class HostileOutput {
  static final String TITLE = "</script><script>alert('title')</script> Talks & <b>news</b>";
  static final String SENTENCE = "Officials wrote </script><script>alert(2)</script> <!-- comment --> and then "
      + "Azerbaijan attacked the village\u2028 of <img src=x onerror=alert(5)> Talysh.";
  static final String ACTOR = "<img src=x onerror=alert(3)>";
  static final String REASON = "<script>alert(4)</script> not valid JSON";
  static final String CONFLICT = "date: 2020-10-01 (a) vs 2020-10-02 (</SCRIPT ><script>alert(6)</script>)";
  static final String STORY = "</script><!--<script>alert(7)</script>";

  private HostileOutput() {}

  static void write(Path dir) throws IOException {
    try (SyntheticOutput out = new SyntheticOutput(dir)) {
      out.write("documents", SyntheticOutput.document("h1", "javascript:alert(1)", TITLE, "en", "2020-10-02", "s1",
          SENTENCE));
      out.write("documents", SyntheticOutput.document("h2", "https://example.org/a?x=<b>&y=\"q\"", null, "de",
          "2020-10-03", "s1", "</script> Erster Satz. Zweiter Satz."));
      out.write("mentions", SyntheticOutput.mention("h1", "hostile", ACTOR, "PERSON", "AZE"));
      int at = SENTENCE.indexOf("attacked");
      out.write("events", SyntheticOutput.event("h1-e1", "h1", "190", SENTENCE, SENTENCE.codePointCount(0, at),
          SENTENCE.codePointCount(0, at) + 8, "t1"));
      out.write("events", SyntheticOutput.event("h2-e1", "h2", "190", SENTENCE, SENTENCE.codePointCount(0, at),
          SENTENCE.codePointCount(0, at) + 8, "t1"));
      out.write("timeline", SyntheticOutput.entry("t1", "190", "Use conventional military force", "2020-10-01",
          List.of(SyntheticOutput.actor("hostile", ACTOR, "AZE")),
          List.of(SyntheticOutput.actor("armenia", "Armenia", "ARM")), List.of(), "talysh",
          List.of("h1-e1", "h2-e1"), List.of("h1", "h2"), List.of(CONFLICT)));
      out.write("stories", SyntheticOutput.story("s1", List.of("h1", "h2"), STORY, "2020-10-02", "2020-10-03"));
      out.write("rejected", SyntheticOutput.rejection("/in/x.jsonl#3", REASON));
    }
  }
}
