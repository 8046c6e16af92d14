package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium against a server over the examples' store, used as an analyst would: search,
 * a document, the timeline down to a source's evidence sentence, the map, the actor graph, the stories. Every
 * test ends with an empty console. Screenshots go to target/ui-screenshots/.
 */
class WorkbenchInBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target/ui-screenshots");
  @TempDir static Path work;
  static ExampleStore examples;
  static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    driver = HeadlessChromium.start(work.resolve("profile"), true);
    examples = ExampleStore.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) driver.quit();
    if (examples != null) examples.close();
  }

  @AfterEach
  void noErrorsInTheConsole() {
    if (driver != null) assertThat(HeadlessChromium.consoleProblems(driver)).isEmpty();
  }

  private static void open(String hash) {
    driver.get(examples.url("/" + hash));
    ready(hash.isEmpty() ? "search" : hash.replaceAll("^#/([a-z]+).*", "$1"));
  }

  private static void ready(String view) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> view.equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  private static List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theConsoleCheckSeesErrors() {
    open("");
    js("console.error('probe of the console check')");
    assertThat(HeadlessChromium.consoleProblems(driver)).anyMatch(m -> m.contains("probe of the console check"));
  }

  @Test
  void loadsWithTheStoresFigures() throws IOException {
    open("");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("wb-stats")).getText().contains("documents"));
    assertThat(driver.findElement(By.id("wb-stats")).getText()).contains("14 documents", "EN", "DE");
    assertThat(ApiTestSupport.header(examples.url("/"), "Content-Security-Policy")).contains("script-src 'self'");
    assertThat(all(".wb-hit")).hasSize(14);
    screenshot("start");
  }

  @Test
  void searchingLawrowFindsTheEnglishArticlesAboutLavrov() throws IOException {
    open("");
    WebElement query = driver.findElement(By.cssSelector(".wb-query"));
    query.sendKeys("Lawrow", Keys.ENTER);
    ready("search");
    assertThat(driver.getCurrentUrl()).contains("#/search?q=Lawrow");
    assertThat(driver.findElement(By.cssSelector(".wb-expansions")).getText()).contains("Lawrow → Sergey Lavrov");
    List<WebElement> english = all(".wb-hit[data-language='en']");
    assertThat(english).isNotEmpty();
    assertThat(english.stream().flatMap(h -> h.findElements(By.cssSelector("mark")).stream()).map(WebElement::getText))
        .contains("Lavrov");
    screenshot("search");

    driver.findElement(By.cssSelector(".wb-facet[data-facet='language'] a[title='en']")).click();
    ready("search");
    assertThat(all(".wb-hit")).isNotEmpty().allMatch(h -> "en".equals(h.getAttribute("data-language")));
    assertThat(driver.findElement(By.cssSelector(".wb-active")).getText()).contains("Language: en");
  }

  @Test
  void aDocumentShowsItsEntitiesDatesAndEvents() throws IOException {
    open("#/search?q=Ganja");
    driver.findElement(By.cssSelector(".wb-hit-title")).click();
    ready("doc");
    assertThat(all(".wb-text .wb-ent")).isNotEmpty();
    assertThat(all(".wb-text .wb-time")).isNotEmpty();
    assertThat(all(".wb-text .wb-ev")).isNotEmpty();
    List<WebElement> eventLinks = all(".wb-text a.wb-evlink");
    assertThat(eventLinks).isNotEmpty().allMatch(a -> a.getAttribute("href").contains("#/timeline/"));
    assertThat(driver.findElement(By.cssSelector(".wb-facts")).getText()).contains("Outlet", "Language", "Published");
    screenshot("document");
    eventLinks.get(0).click();
    ready("timeline");
    assertThat(all(".wb-detail .wb-source")).isNotEmpty();
  }

  @Test
  void theTimelineLeadsFromAnEntryToItsSourcesEvidence() throws IOException {
    open("#/timeline");
    assertThat(all(".dx-mark")).isNotEmpty();
    List<WebElement> entries = all(".wb-entry");
    assertThat(entries).hasSizeGreaterThan(5);
    // the entry reported by the most sources
    WebElement most = entries.stream().max((a, b) -> Integer.compare(sources(a), sources(b))).orElseThrow();
    most.findElement(By.cssSelector("a")).click();
    ready("timeline");
    List<WebElement> sources = all(".wb-detail .wb-source");
    assertThat(sources).hasSizeGreaterThan(1);
    String quote = sources.get(0).findElement(By.cssSelector(".dx-quote")).getText();
    assertThat(quote).isNotBlank();
    screenshot("timeline");
    sources.get(0).findElement(By.cssSelector(".wb-source-link")).click();
    ready("doc");
    List<WebElement> at = all(".wb-ev.wb-at");
    assertThat(at).isNotEmpty();
    String shown = String.join("", at.stream().map(WebElement::getText).toList());
    assertThat(shown.replaceAll("\\s+", " ")).contains(quote.replaceAll("\\s+", " ").substring(0, 20));
  }

  private static int sources(WebElement entry) {
    return Integer.parseInt(entry.findElement(By.cssSelector(".wb-n")).getText().replaceAll("\\D", ""));
  }

  @Test
  void aTargetThePackInfersIsMarkedInTheListAndTheDetail() {
    open("#/timeline");
    // "Armenien machte das Nachbarland ebenfalls für Angriffe verantwortlich": the neighbour is Azerbaijan
    WebElement entry = all(".wb-entry").stream()
        .filter(e -> e.findElement(By.cssSelector(".wb-entry-actors")).getText().contains("(inferred)"))
        .findFirst().orElseThrow();
    entry.findElement(By.cssSelector("a")).click();
    ready("timeline");
    List<WebElement> marks = all(".wb-detail span.dx-muted[title]").stream()
        .filter(m -> m.getText().contains("(inferred)")).toList();
    assertThat(marks).isNotEmpty().allMatch(m -> m.getAttribute("title").contains("adversary"));
  }

  @Test
  void timelineFiltersNarrowTheEntries() {
    open("#/timeline");
    int all = all(".wb-entry").size();
    open("#/timeline?root=19");
    int fights = all(".wb-entry").size();
    assertThat(fights).isPositive().isLessThan(all);
    assertThat(all(".wb-entry-label")).allMatch(l -> !l.getText().isBlank());
  }

  @Test
  void theMapShowsLocatedEvents() throws IOException {
    open("#/map");
    assertThat(all("circle.dx-place")).isNotEmpty();
    assertThat(all("path.dx-country")).isNotEmpty();
    screenshot("map");
  }

  @Test
  void theActorGraphHasNodes() throws IOException {
    open("#/graph");
    assertThat(all("g.dx-node")).hasSizeGreaterThan(2);
    assertThat(all("path.dx-edge")).isNotEmpty();
    screenshot("graph");
    open("#/graph?from=1900-01-01&to=1900-12-31");
    assertThat(all("g.dx-node")).isEmpty();
  }

  @Test
  void storiesListTheirReports() throws IOException {
    open("#/stories");
    List<WebElement> stories = all(".wb-table tbody tr a");
    assertThat(stories).isNotEmpty();
    stories.get(0).click();
    ready("story");
    assertThat(all(".wb-table tbody tr")).isNotEmpty();
    screenshot("story");
  }

  @Test
  void markupInAnArticleShowsAsText() throws IOException {
    open("#/search?q=Stepanakert");
    WebElement hit = driver.findElement(By.cssSelector(".wb-hit-title"));
    assertThat(hit.getText()).contains("<script>alert('x')</script>");
    hit.click();
    ready("doc");
    assertThat(driver.findElement(By.cssSelector(".wb-doc-title")).getText()).contains("<script>alert('x')</script>");
    assertThat(driver.findElement(By.cssSelector(".wb-text")).getText())
        .contains("<script>window.hostile = 1</script>", "<img src=x onerror=\"window.hostile = 2\">");
    assertThat(all(".wb-text script, .wb-text img, .wb-hit script")).isEmpty();
    assertThat(js("return window.hostile === undefined")).isEqualTo(true);
  }

  @Test
  void deepLinksOpenTheirView() {
    open("#/actor/armenia");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Armenia");
    assertThat(all(".wb-source")).isNotEmpty();
    open("#/doc/no-such-document");
    assertThat(driver.findElement(By.cssSelector(".wb-error")).getText()).contains("Not found");
    // the browser reports the API's 404 in the console; nothing else may be there
    assertThat(HeadlessChromium.consoleProblems(driver))
        .allMatch(m -> m.contains("/api/documents/no-such-document") && m.contains("404"));
  }
}
