package org.dossier.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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

  private static double fit(List<DocumentProfile> docs, int story, int report) {
    StoryWeights weights = StoryWeights.count(docs, null);
    StoryCentre centre = new StoryCentre();
    StoryClusterer.Item s = weights.item(story, docs.get(story));
    centre.add(story, docs.get(story), s.shared(), s.words());
    StoryClusterer.Item r = weights.item(report, docs.get(report));
    return centre.similarity(docs.get(report).language(), r.shared(), r.words());
  }

  @Test
  void undatedReportsOfOneEventStayTogetherRatherThanFollowOneIntoAStoryTheOtherDoesNotFit() {
    List<String> prague = List.of("e:armenia", "e:azerbaijan", "e:eu", "e:michel", "e:prague", "k:04@2022-10-06", "e:macron");
    List<String> brussels = List.of("e:armenia", "e:azerbaijan", "e:eu", "e:michel", "e:brussels", "n:30");
    List<DocumentProfile> docs = List.of(
        profile("prague", "en", "2022-10-07", prague, List.of("prague", "summit")),
        profile("brussels-de", "de", null, brussels, List.of("brüssel", "kommission")),
        profile("brussels-en", "en", null, List.of("e:armenia", "e:azerbaijan", "e:eu", "e:brussels", "n:30", "k:03"),
            List.of("commission", "border")));
    double undated = StoryClusterer.Settings.DEFAULT.undatedThreshold();
    // the German report alone would join the dated story, the English one would not ...
    assertThat(fit(docs, 0, 1)).isGreaterThanOrEqualTo(undated);
    assertThat(fit(docs, 0, 2)).isLessThan(undated);
    // ... and they fit each other far better: they make a story of their own
    StoryClusterer.Result r = StoryClusterer.cluster(docs, null);
    assertThat(r.storyOf()[1]).isEqualTo(r.storyOf()[2]).isNotEqualTo(r.storyOf()[0]);
    // without the other, the German one joins it
    assertThat(StoryClusterer.cluster(docs.subList(0, 2), null).storyOf()).containsExactly(0, 0);
  }

  @Test
  void undatedReportsThatEachFitAStoryJoinItHoweverCloseToEachOther() {
    // two undated versions of one report of a dated event: closer to each other than to the story, yet both fit it
    List<DocumentProfile> docs = List.of(
        profile("day", "en", "2020-10-11", STRIKE, List.of("missile", "ganja")),
        profile("talks", "en", "2020-10-10", TALKS, List.of("talks", "moscow")),
        profile("copy-1", "de", null, STRIKE.subList(0, 5), List.of("rakete", "gandscha", "wohnhaus")),
        profile("copy-2", "de", null, STRIKE.subList(0, 5), List.of("rakete", "gandscha", "wohnhaus")));
    StoryClusterer.Result r = StoryClusterer.cluster(docs, null);
    assertThat(r.storyOf()[2]).isEqualTo(r.storyOf()[0]);
    assertThat(r.storyOf()[3]).isEqualTo(r.storyOf()[0]);
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

  @Test
  void aStoryAcrossTheEndOfAWeekIsOneStory() {
    // 2020-10-14 is the last day of its 7-day slice, 2020-10-15 the first of the next
    assertThat(StoryClusterer.sliceOf(profile("a", "en", "2020-10-14", STRIKE, List.of())))
        .isEqualTo(StoryClusterer.sliceOf(profile("b", "en", "2020-10-15", STRIKE, List.of())) - 1);
    List<DocumentProfile> docs = List.of(
        profile("wed", "en", "2020-10-14", STRIKE, List.of("missile", "ganja", "apartment")),
        profile("thu", "de", "2020-10-15", STRIKE.subList(0, 5), List.of("rakete", "gandscha")),
        profile("fri", "en", "2020-10-16", STRIKE, List.of("missile", "ganja")),
        profile("talks", "en", "2020-10-15", TALKS, List.of("talks", "moscow")));
    StoryClusterer.Result r = StoryClusterer.cluster(docs, null);
    assertThat(r.storyOf()[1]).isEqualTo(r.storyOf()[0]);
    assertThat(r.storyOf()[2]).isEqualTo(r.storyOf()[0]);
    assertThat(r.storyOf()[3]).isNotEqualTo(r.storyOf()[0]);
    assertThat(r.stories().get(r.storyOf()[0]).first()).isEqualTo("2020-10-14");
    assertThat(r.stories().get(r.storyOf()[0]).last()).isEqualTo("2020-10-16");
  }

  @Test
  void storiesOfWeeksFarApartAreNotJoinedHoweverAlike() {
    List<DocumentProfile> docs = List.of(
        profile("early", "en", "2020-10-11", STRIKE, List.of("missile", "ganja")),
        profile("late", "en", "2020-10-19", STRIKE, List.of("missile", "ganja")));
    StoryClusterer.Result r = StoryClusterer.cluster(docs, null);
    assertThat(r.storyOf()[1]).isNotEqualTo(r.storyOf()[0]);
  }

  @Test
  void theStepsRunApartInAnyOrderGiveWhatClusterGives() {
    List<DocumentProfile> docs = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    List<List<String>> topics = List.of(TALKS, STRIKE, List.of("e:france", "e:armenia", "l:paris", "k:04@2020-10-20"),
        List.of("e:iran", "e:azerbaijan", "n:500", "k:12@2020-10-14"));
    for (int i = 0; i < 120; i++) {
      List<String> topic = topics.get(random.nextInt(topics.size()));
      List<String> shared = new ArrayList<>(topic.subList(0, 2 + random.nextInt(topic.size() - 1)));
      shared.add("n:" + random.nextInt(40));
      String day = random.nextInt(8) == 0 ? null : LocalDate.of(2020, 10, 1).plusDays(random.nextInt(40)).toString();
      docs.add(profile("d" + i, random.nextBoolean() ? "en" : "de", day, shared,
          List.of("w" + random.nextInt(30), "w" + random.nextInt(30), "w" + random.nextInt(30))));
    }
    StoryClusterer.Result whole = StoryClusterer.cluster(docs, null);

    // the same steps as a distributed job takes them: weeks in reverse order, each week's input shuffled
    StoryWeights weights = StoryWeights.count(docs, null);
    StoryClusterer.Settings settings = StoryClusterer.Settings.DEFAULT;
    java.util.TreeMap<Long, List<StoryClusterer.Item>> weeks = new java.util.TreeMap<>();
    List<StoryClusterer.Item> loose = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      StoryClusterer.Item item = weights.item(i, docs.get(i));
      Long slice = StoryClusterer.sliceOf(docs.get(i));
      if (slice == null) loose.add(item);
      else weeks.computeIfAbsent(slice, k -> new ArrayList<>()).add(item);
    }
    Map<Long, List<StoryCentre>> byWeek = new HashMap<>();
    for (long week : weeks.descendingKeySet()) {
      List<StoryClusterer.Item> items = new ArrayList<>(weeks.get(week));
      java.util.Collections.shuffle(items, random);
      byWeek.put(week, StoryClusterer.clusterSlice(items, weights, settings));
    }
    Map<StoryCentre, StoryCentre> joinedTo = new java.util.IdentityHashMap<>();
    for (long week : weeks.descendingKeySet()) {
      if (!byWeek.containsKey(week + 1)) continue;
      int[] to = StoryClusterer.stitch(byWeek.get(week), byWeek.get(week + 1), weights, settings);
      for (int b = 0; b < to.length; b++) if (to[b] >= 0) joinedTo.put(byWeek.get(week + 1).get(b), byWeek.get(week).get(to[b]));
    }
    // the documents each chain of joins holds
    Map<Integer, java.util.Set<Integer>> together = new HashMap<>();
    for (long week : weeks.keySet()) {
      for (StoryCentre c : byWeek.get(week)) {
        StoryCentre root = c;
        while (joinedTo.containsKey(root)) root = joinedTo.get(root);
        int first = (int) (long) root.members().get(0);
        for (long m : c.members()) together.computeIfAbsent(first, k -> new java.util.TreeSet<>()).add((int) m);
      }
    }
    // the chains hold the dated reports exactly as the whole run's stories do
    java.util.Set<Integer> storiesSeen = new java.util.HashSet<>();
    int dated = 0;
    for (java.util.Set<Integer> group : together.values()) {
      int story = whole.storyOf()[group.iterator().next()];
      for (int m : group) assertThat(whole.storyOf()[m]).isEqualTo(story);
      assertThat(storiesSeen.add(story)).as("two chains in one story").isTrue();
      dated += group.size();
    }
    assertThat(dated + loose.size()).isEqualTo(docs.size());
    assertThat(together.size()).isLessThan(dated);
  }
}
