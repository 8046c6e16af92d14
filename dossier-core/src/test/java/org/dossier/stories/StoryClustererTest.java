package org.dossier.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.text.Hash64;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  /** A profile with the given shared features (weight 1) and words of its language. */
  private static DocumentProfile profile(String id, String language, String day, List<String> shared, List<String> words) {
    Map<Long, Float> s = new HashMap<>();
    for (String f : shared) s.put(Hash64.of(f), 1f);
    Map<Long, Float> w = new HashMap<>();
    for (String f : words) w.put(Hash64.of("w:" + language + ":", f), 1f);
    LocalDate d = day == null ? null : LocalDate.parse(day);
    return new DocumentProfile(id, language, "title of " + id, "lead of " + id, day, d, d, SparseVector.of(s), SparseVector.of(w));
  }

  private static final List<String> TALKS = List.of("e:armenia", "e:azerbaijan", "e:lavrov", "e:moscow", "l:moscow",
      "k:04@2020-10-09", "k:08@2020-10-10", "n:10");
  private static final List<String> STRIKE = List.of("e:armenia", "e:azerbaijan", "e:ganja", "l:ganja", "k:19@2020-10-11",
      "n:9", "n:34");

  @Test
  void reportsOfOneEventJoinAcrossLanguagesAndOthersStayApart() {
    List<DocumentProfile> docs = List.of(
        profile("en1", "en", "2020-10-10", TALKS, List.of("talks", "ceasefire", "moscow")),
        profile("de1", "de", "2020-10-10", TALKS.subList(0, 6), List.of("gespräche", "waffenruhe")),
        profile("en2", "en", "2020-10-11", STRIKE, List.of("missile", "ganja", "apartment")),
        profile("de2", "de", "2020-10-11", STRIKE.subList(0, 5), List.of("rakete", "gandscha")),
        // the same talks, a month later: another story
        profile("en3", "en", "2020-11-12", TALKS, List.of("talks", "ceasefire", "moscow")),
        profile("offtopic", "en", "2020-10-10", List.of("e:baku", "n:2012"), List.of("eurovision", "song")));
    StoryClusterer.Result r = StoryClusterer.cluster(docs, null);
    int[] s = r.storyOf();
    assertThat(s[0]).isEqualTo(s[1]);
    assertThat(s[2]).isEqualTo(s[3]);
    assertThat(s[0]).isNotEqualTo(s[2]);
    assertThat(s[4]).isNotIn(s[0], s[2]);
    assertThat(s[5]).isNotIn(s[0], s[2], s[4]);
    assertThat(r.stories()).hasSize(4);
    Story talks = r.stories().get(s[0]);
    assertThat(talks.members()).containsExactly(0, 1);
    assertThat(talks.languages()).containsExactly("de", "en");
    assertThat(talks.first()).isEqualTo("2020-10-10");
    assertThat(talks.title()).isEqualTo("title of en1");
    // numbered by first member, named by it: the same input gives the same ids
    assertThat(StoryClusterer.cluster(docs, null).stories()).isEqualTo(r.stories());
  }

  @Test
  void anUndatedReportJoinsTheStoryItFitsAndACopyItsOriginal() {
    List<DocumentProfile> docs = List.of(
        profile("en1", "en", "2020-10-11", STRIKE, List.of("missile", "ganja")),
        profile("talks", "en", "2020-10-10", TALKS, List.of("talks", "moscow")),
        profile("undated", "de", null, STRIKE, List.of("rakete", "gandscha")),
        profile("copy", "en", "2020-10-12", List.of("e:unrelated"), List.of("words")));
    StoryClusterer.Result r = StoryClusterer.cluster(docs, new int[] {-1, -1, -1, 0});
    assertThat(r.storyOf()[2]).isEqualTo(r.storyOf()[0]);
    assertThat(r.storyOf()[3]).isEqualTo(r.storyOf()[0]);
    assertThat(r.stories().get(r.storyOf()[0]).members()).containsExactly(0, 2, 3);
  }

  @Test
  void aReportDatedOnlyToTheMonthJoinsAStoryOfThatMonth() {
    List<DocumentProfile> docs = List.of(
        profile("day", "en", "2024-05-24", STRIKE, List.of("villages")),
        new DocumentProfile("month", "de", null, null, "2024-05", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31),
            profile("x", "de", null, STRIKE, List.of()).shared(), SparseVector.EMPTY));
    StoryClusterer.Result r = StoryClusterer.cluster(docs, null);
    assertThat(r.storyOf()[1]).isEqualTo(r.storyOf()[0]);
    Story story = r.stories().get(0);
    // the range is that of the reports whose day is known
    assertThat(story.first()).isEqualTo("2024-05-24");
    assertThat(story.last()).isEqualTo("2024-05-24");
  }

  @Test
  void aReportDatedOnlyToTheYearStillFindsItsStory() {
    List<DocumentProfile> docs = List.of(
        profile("day", "en", "2024-05-24", STRIKE, List.of("villages")),
        new DocumentProfile("year", "de", null, null, "2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
            profile("x", "de", null, STRIKE, List.of()).shared(), SparseVector.EMPTY));
    StoryClusterer.Result r = StoryClusterer.cluster(docs, null);
    assertThat(r.storyOf()[1]).isEqualTo(r.storyOf()[0]);
  }
}
