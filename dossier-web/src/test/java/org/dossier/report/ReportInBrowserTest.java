package org.dossier.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.pack.Cameo;
import org.dossier.pack.PackLoader;
import org.dossier.web.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of the examples opened from file:// in headless Chromium with networking off, used as an
 * analyst would: timeline marks, evidence, filters, zoom, the actor graph and the map. Screenshots go to
 * target/report-screenshots/.
 */
class ReportInBrowserTest {
  private static final Path SCREENSHOTS = Path.of("target/report-screenshots");


  @TempDir static Path work;
  static WebDriver driver;
  static Path examples;
  static JsonNode data;

  @BeforeAll
  static void openABrowser() throws Exception {
    Path out = work.resolve("examples");
    Analysed.analyse(out, List.of(Analysed.EXAMPLES));
    examples = out.resolve(Report.FILE);
    data = new ReportFile(examples).data();

    driver = HeadlessChromium.start(work.resolve("profile"), false);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (driver != null) driver.quit();
  }

  @AfterEach
  void noErrorsInTheConsole() {
    if (driver == null) return;
    assertThat(HeadlessChromium.consoleProblems(driver)).isEmpty();
  }

  private static void open(Path report) {
    driver.get(report.toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".dx-header")).isEmpty());
  }

  private static List<WebElement> marks() {
    return driver.findElements(By.cssSelector("#dx-timeline .dx-mark"));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void theConsoleCheckSeesErrors() {
    open(examples);
    js("console.error('probe of the console check')");
    List<String> messages = new ArrayList<>();
    driver.manage().logs().get(LogType.BROWSER).forEach(e -> messages.add(e.getMessage()));
    assertThat(messages).anyMatch(m -> m.contains("probe of the console check"));
  }

  @Test
  void drawsTheHeaderAndEverySection() {
    open(examples);
    for (String id : List.of("dx-timeline", "dx-map", "dx-actors", "dx-stories", "dx-sources")) {
      assertThat(driver.findElement(By.id(id)).isDisplayed()).as(id).isTrue();
    }
    String header = driver.findElement(By.cssSelector(".dx-header")).getText();
    assertThat(header).contains("DOCUMENTS", "5", "DE 4", "EN 1", "STORIES", "REJECTED INPUTS");
    assertThat(driver.findElements(By.cssSelector("#dx-sources tbody tr"))).hasSize(data.get("documents").size());
    assertThat(driver.findElements(By.cssSelector("#dx-stories tbody tr"))).hasSize(data.get("stories").size());
  }

  @Test
  void theTimelineHasOneMarkPerEmbeddedEntry() {
    open(examples);
    assertThat(marks()).hasSize(data.get("timeline").size());
    List<String> ids = new ArrayList<>();
    data.get("timeline").forEach(t -> ids.add(t.get("id").asText()));
    assertThat(marks().stream().map(m -> m.getAttribute("data-id")).toList()).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void clickingAnEntryShowsItsEvidenceSentences() {
    open(examples);
    JsonNode entry = data.get("timeline").get(0);
    String id = entry.get("id").asText();
    WebElement item = driver.findElement(By.cssSelector(".dx-entry[data-id='" + id + "']"));
    item.findElement(By.cssSelector(".dx-entry-head")).click();
    List<String> shown = item.findElements(By.cssSelector(".dx-quote")).stream().map(WebElement::getText).toList();
    List<String> evidence = new ArrayList<>();
    entry.get("evidence").forEach(e -> evidence.add(e.get("text").asText().strip()));
    assertThat(shown).isNotEmpty().containsExactlyElementsOf(evidence);
    assertThat(item.findElements(By.cssSelector(".dx-quote mark"))).hasSize(evidence.size());
    String source = item.findElement(By.cssSelector(".dx-source")).getText();
    JsonNode doc = data.get("documents").get(entry.get("evidence").get(0).get("doc").asText());
    assertThat(source).contains(doc.get("title").asText());
  }

  @Test
  void clickingAMarkOpensItsEntry() {
    open(examples);
    // a dated mark inside the visible span, not covered by another one
    WebElement mark = (WebElement) js("const frame = document.querySelector('.dx-timeline-frame');"
        + "frame.scrollIntoView({block: 'center'});"
        + "const f = frame.getBoundingClientRect();"
        + "return Array.from(document.querySelectorAll('#dx-timeline .dx-mark:not(.dx-undated)')).find(m => {"
        + "  const r = m.getBoundingClientRect();"
        + "  if (r.left < f.left + 200 || r.right > f.right - 12) return false;"
        + "  const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);"
        + "  return hit && m.contains(hit); });");
    assertThat(mark).isNotNull();
    String id = mark.getAttribute("data-id");
    mark.click();
    assertThat(mark.getAttribute("class")).contains("dx-selected");
    WebElement item = driver.findElement(By.cssSelector(".dx-entry[data-id='" + id + "']"));
    assertThat(item.getAttribute("class")).contains("dx-open");
    assertThat(item.findElements(By.cssSelector(".dx-quote"))).isNotEmpty();
  }

  @Test
  void filtersNarrowTheMarksAndTheList() {
    open(examples);
    int all = marks().size();
    long conflict = 0;
    for (JsonNode t : data.get("timeline")) if (Cameo.quadClass(t.get("cameo").asText()) == 4) conflict++;
    new Select(driver.findElement(By.cssSelector(".dx-filters select[aria-label='Event type']"))).selectByValue("q4");
    assertThat(marks()).hasSize((int) conflict);
    assertThat(conflict).isLessThan(all).isPositive();
    assertThat(driver.findElements(By.cssSelector(".dx-entry"))).hasSize((int) conflict);
    assertThat(driver.findElement(By.cssSelector(".dx-filter-count")).getText()).startsWith(conflict + " of " + all);

    driver.findElement(By.cssSelector(".dx-filters .dx-button")).click();
    assertThat(marks()).hasSize(all);
    long withArmenia = 0;
    for (JsonNode t : data.get("timeline")) {
      if ((t.get("source").toString() + t.get("target") + t.get("mediator")).contains("\"entity\":\"armenia\"")) withArmenia++;
    }
    new Select(driver.findElement(By.cssSelector(".dx-filters select[aria-label='Actor']"))).selectByValue("armenia");
    assertThat(marks()).hasSize((int) withArmenia);

    driver.findElement(By.cssSelector(".dx-filters .dx-button")).click();
    WebElement search = driver.findElement(By.cssSelector(".dx-filters input[type='search']"));
    search.sendKeys("no event is called this");
    assertThat(marks()).isEmpty();
    assertThat(driver.findElement(By.cssSelector(".dx-empty")).isDisplayed()).isTrue();
  }

  @Test
  void theAxisZoomsAndPansByKeyboardAndButtons() {
    open(examples);
    WebElement frame = driver.findElement(By.cssSelector(".dx-timeline-frame"));
    WebElement range = driver.findElement(By.cssSelector(".dx-timeline-range"));
    String before = range.getText();
    js("arguments[0].focus()", frame);
    frame.sendKeys("+");
    waitForChange(range, before);
    String zoomed = range.getText();
    assertThat(span()).isLessThan(spanOf("0"));
    frame.sendKeys(Keys.ARROW_LEFT);
    waitForChange(range, zoomed);
    driver.findElement(By.cssSelector(".dx-timeline-tools button[title='Zoom out']")).click();
    driver.findElement(By.xpath("//button[text()='Show all']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !range.getText().equals(zoomed));
  }

  private static void waitForChange(WebElement e, String before) {
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !e.getText().equals(before));
  }

  private static double span() {
    return ((Number) js("const r = document.querySelector('.dx-timeline-range').textContent.split(' – ');"
        + "return Date.parse(r[1] + ' UTC') - Date.parse(r[0] + ' UTC');")).doubleValue();
  }

  private static double spanOf(String key) {
    WebElement frame = driver.findElement(By.cssSelector(".dx-timeline-frame"));
    String before = driver.findElement(By.cssSelector(".dx-timeline-range")).getText();
    frame.sendKeys(key);
    waitForChange(driver.findElement(By.cssSelector(".dx-timeline-range")), before);
    return span();
  }

  @Test
  void theActorGraphHasNodesThatListTheirEvents() {
    open(examples);
    List<WebElement> nodes = driver.findElements(By.cssSelector(".dx-graph .dx-node"));
    assertThat(nodes).hasSize(data.get("graph").get("nodes").size()).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".dx-graph .dx-edge"))).hasSize(data.get("graph").get("edges").size());
    WebElement armenia = driver.findElement(By.cssSelector(".dx-graph .dx-node[data-id='armenia'] circle"));
    js("arguments[0].scrollIntoView({block: 'center'})", armenia);
    armenia.click();
    WebElement panel = driver.findElement(By.cssSelector(".dx-graph-panel"));
    assertThat(panel.findElement(By.tagName("h3")).getText()).isEqualTo("Armenia");
    List<WebElement> events = panel.findElements(By.cssSelector(".dx-mini-entry"));
    assertThat(events).isNotEmpty();
    events.get(0).click();
    assertThat(driver.findElements(By.cssSelector(".dx-entry.dx-open"))).hasSize(1);
  }

  @Test
  void theMapShowsTheLocatedEvents() {
    open(examples);
    assertThat(driver.findElements(By.cssSelector(".dx-map .dx-country")).size()).isGreaterThanOrEqualTo(6);
    List<WebElement> places = driver.findElements(By.cssSelector(".dx-map .dx-place"));
    assertThat(places).isNotEmpty();
    js("arguments[0].scrollIntoView({block: 'center'})", places.get(0));
    places.get(0).click();
    assertThat(driver.findElements(By.cssSelector(".dx-map-panel .dx-mini-entry"))).isNotEmpty();
  }

  @Test
  void hostileTextShowsAsTextAndRunsNothing() throws Exception {
    Path dir = work.resolve("hostile");
    HostileOutput.write(dir);
    Report.write(dir, PackLoader.load("caucasus"));
    open(dir.resolve(Report.FILE));
    assertThat(alertOpen()).isFalse();
    WebElement head = driver.findElement(By.cssSelector(".dx-entry-head"));
    head.click();
    String quote = driver.findElement(By.cssSelector(".dx-quote")).getText();
    assertThat(quote).contains("</script><script>alert(2)</script>", "<img src=x onerror=alert(5)>");
    assertThat(driver.findElements(By.cssSelector(".dx-report img, .dx-report script"))).isEmpty();
    String sources = driver.findElement(By.id("dx-sources")).getText();
    assertThat(sources).contains(HostileOutput.TITLE, HostileOutput.REASON);
    // a javascript: address never becomes a link
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#dx-sources a.dx-doc-title"))).hasSize(1);
    assertThat(alertOpen()).isFalse();
  }

  @Test
  void anEmptyAnalysisOpensToo() throws Exception {
    Path dir = work.resolve("empty");
    new SyntheticOutput(dir).close();
    Report.write(dir, PackLoader.load("caucasus"));
    open(dir.resolve(Report.FILE));
    assertThat(marks()).isEmpty();
    assertThat(driver.findElement(By.cssSelector(".dx-header")).getText()).contains("DOCUMENTS\n0");
    assertThat(driver.findElement(By.cssSelector(".dx-graph .dx-empty")).isDisplayed()).isTrue();
  }

  private static boolean alertOpen() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }

  @Test
  void screenshots() throws Exception {
    open(examples);
    Files.createDirectories(SCREENSHOTS);
    long height = (Long) js("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1400, (int) Math.min(height + 100, 8000)));
    try {
      driver.findElement(By.cssSelector(".dx-entry-head")).click();
      Files.write(SCREENSHOTS.resolve("report.png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
      for (String id : List.of("dx-timeline", "dx-map", "dx-actors", "dx-stories", "dx-sources")) {
        File shot = driver.findElement(By.id(id)).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(id.substring(3) + ".png"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      driver.manage().window().setSize(new Dimension(1400, 1000));
    }
    assertThat(SCREENSHOTS.resolve("report.png")).isNotEmptyFile();
  }
}
