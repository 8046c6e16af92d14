package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries that cannot be read get a message a user can act on, never the parser's own. */
class QueryErrorsTest {
  @TempDir static Path dir;
  private static SearchIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = Fixtures.indexOfArticles(dir);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static String messageFor(String query) {
    InvalidQueryException e = catchThrowableOfType(() -> index.search(SearchRequest.of(query)), InvalidQueryException.class);
    assertThat(e).as("query %s", query).isNotNull();
    assertThat(e.getMessage()).as("query %s", query)
        .doesNotContain("Cannot parse", "Encountered", "Lexical error", "line 1", "<EOF>", "org.apache", "Exception");
    return e.getMessage();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"unclosed                | quotation mark at character 1 is not closed",
      "Armenia \"peace talks     | quotation mark at character 9 is not closed",
      "AND                       | \"AND\" at character 1 needs a search term before it",
      "Armenia OR OR Azerbaijan  | \"OR\" at character 12 needs a search term before it",
      "Armenia AND               | ends where a search term is expected (after \"AND\")",
      "title:(                   | \"(\" at character 7 is not closed",
      "(Armenia OR Azerbaijan    | \"(\" at character 1 is not closed",
      "Armenia)                  | \")\" at character 8 closes nothing",
      "published:[2020 TO        | \"[\" at character 11 is not closed",
      "title:                    | a field name such as title: needs a word",
      "peace^                    | needs a number after it",
      "country:Armenia           | no field \"country\"",
      "*istan                    | cannot start with * or ?",
      "Armenia\\                 | ends with a backslash"})
  void aQueryThatCannotBeReadSaysWhatIsWrong(String query, String hint) {
    assertThat(messageFor(query.strip())).contains(hint);
  }

  @Test
  void aQueryOfTooManyWordsIsRefusedWithAReason() {
    String words = IntStream.range(0, 300).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertThat(messageFor(words)).contains("too large").contains("Use fewer words");
    assertThat(messageFor("x".repeat(QueryReader.MAX_QUERY_CHARS + 1))).contains("too long");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Armenia's", "U.S.", "\"10:30\"", "10\\:30", "Berg-Karabach-Konflikt", "*", "*:*", "armen*",
      "Karabak~", "\"peace talks\"~3", "peace^2 talks", "published:[2020-01 TO 2020-12]", "-Armenia", "NOT Lawrow",
      "entity:sergey-lavrov", "+Lawrow +Eriwan", "a && b || c"})
  void unusualButValidQueriesAreRead(String query) {
    assertThatCode(() -> index.search(SearchRequest.of(query))).doesNotThrowAnyException();
  }

  @Test
  void oneNameRepeatedIsNotTooLarge() {
    assertThatCode(() -> index.search(SearchRequest.of("Karabakh ".repeat(100)))).doesNotThrowAnyException();
  }
}
