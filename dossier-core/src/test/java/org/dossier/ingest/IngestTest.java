package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.IngestItem;
import org.dossier.model.RawDocument;
import org.dossier.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class IngestTest {
  @TempDir Path dir;

  private List<IngestItem> read(IngestOptions options, Path... inputs) {
    List<IngestItem> items = new ArrayList<>();
    try (Ingest ingest = new Ingest(List.of(inputs), options)) {
      ingest.forEachRemaining(items::add);
    }
    return items;
  }

  private List<IngestItem> read(Path... inputs) {
    return read(IngestOptions.defaults(), inputs);
  }

  @Test
  void textFileKeepsInlineDateHeaderAsEvidence() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), " date 2025-07 Sechs Tage nach Beginn der Kämpfe.\n\nMehr Text.");
    RawDocument raw = (RawDocument) read(f).get(0);
    assertThat(raw.headerDate()).isEqualTo("date 2025-07");
    assertThat(raw.content()).startsWith("Sechs Tage");
    assertThat(raw.kind()).isEqualTo(RawDocument.Kind.TEXT);
  }

  @Test
  void textFileReadsKeyValueHeader() throws IOException {
    Path f = Files.writeString(dir.resolve("b.txt"),
        "url: https://example.org/2020/10/10/x\ntitle: Truce agreed\ndate: 17 okt. 2020, 20.57\n\nBody text here.");
    RawDocument raw = (RawDocument) read(f).get(0);
    assertThat(raw.url()).isEqualTo("https://example.org/2020/10/10/x");
    assertThat(raw.title()).isEqualTo("Truce agreed");
    assertThat(raw.headerDate()).isEqualTo("date: 17 okt. 2020, 20.57");
    assertThat(raw.content()).isEqualTo("Body text here.");
    RawDocument none = TextArticle.parse("x.txt",
        "url: https://example.org/x\ntitle: (none)\ndate: n/a\n\nBody text here.");
    assertThat(none.title()).isNull();
    assertThat(none.headerDate()).isNull();
    assertThat(none.content()).isEqualTo("Body text here.");
  }

  @Test
  void inlineDateHeaderUnderAKeyValueHeaderIsNotBodyText() throws IOException {
    Path kept = Files.writeString(dir.resolve("c.txt"),
        "url: https://example.org/x\ndate: 2021-09 (page metadata)\n\n date 2021-09 Das Spiel endete 1:1.");
    RawDocument raw = (RawDocument) read(kept).get(0);
    assertThat(raw.headerDate()).isEqualTo("date: 2021-09 (page metadata)");
    assertThat(raw.content()).isEqualTo("Das Spiel endete 1:1.");

    Path used = Files.writeString(dir.resolve("d.txt"),
        "url: https://example.org/y\ndate: (not stated)\n\n date 2020-10 Die Waffenruhe hielt nicht.");
    raw = (RawDocument) read(used).get(0);
    assertThat(raw.headerDate()).isEqualTo("date 2020-10");
    assertThat(raw.content()).isEqualTo("Die Waffenruhe hielt nicht.");
  }

  @Test
  void foldersAreWalkedRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("sub/deeper"));
    Files.writeString(dir.resolve("b.txt"), "second");
    Files.writeString(dir.resolve("a.txt"), "first");
    Files.writeString(dir.resolve("sub/deeper/c.txt"), "third");
    Files.writeString(dir.resolve(".hidden.txt"), "never");
    List<String> inputs = read(dir).stream().map(i -> Path.of(i.input()).getFileName().toString()).toList();
    assertThat(inputs).containsExactly("a.txt", "b.txt", "c.txt");
  }

  @Test
  void jsonlLinesBecomeDocumentsAndBadLinesAreRejectedWithLineNumbers() throws IOException {
    Path f = Files.writeString(dir.resolve("c.jsonl"), String.join("\n",
        "{\"id\": \"n1\", \"url\": \"https://x.example/1\", \"title\": \"T\", \"published\": \"2020-10-09\", \"text\": \"Hello.\"}",
        "{not json",
        "",
        "{\"id\": \"n2\"}",
        "[1, 2]",
        "{\"id\": 7, \"html\": \"<p>Markup</p>\"}"));
    List<IngestItem> items = read(f);
    assertThat(items).hasSize(5);
    RawDocument first = (RawDocument) items.get(0);
    assertThat(first.ownId()).isEqualTo("n1");
    assertThat(first.published()).isEqualTo("2020-10-09");
    assertThat(first.input()).endsWith("c.jsonl#1");
    assertThat(((Rejection) items.get(1)).reason()).startsWith("not valid JSON");
    assertThat(items.get(1).input()).endsWith("#2");
    assertThat(((Rejection) items.get(2)).reason()).contains("no \"text\" or \"html\"");
    assertThat(((Rejection) items.get(3)).reason()).isEqualTo("not a JSON object");
    RawDocument html = (RawDocument) items.get(4);
    assertThat(html.kind()).isEqualTo(RawDocument.Kind.HTML);
    assertThat(html.ownId()).isEqualTo("7");
  }

  @Test
  void jsonlIsReadInBlocksNotByteByByte() throws IOException {
    // A file stream answers each read with a system call: a byte at a time made reading the largest cost of a run.
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) lines.append("{\"id\": \"n").append(i).append("\", \"text\": \"Hello.\"}\n");
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
    int[] calls = {0};
    java.io.InputStream counting = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(bytes)) {
      @Override
      public int read() throws IOException {
        calls[0]++;
        return super.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        calls[0]++;
        return super.read(b, off, len);
      }
    };
    List<IngestItem> items = new ArrayList<>();
    Ingest.readFile("c.jsonl", bytes.length, counting, IngestOptions.defaults()).forEachRemaining(items::add);
    assertThat(items).hasSize(200).allMatch(RawDocument.class::isInstance);
    assertThat(calls[0]).isLessThan(10);
  }

  @Test
  void oversizedInputsAreRejectedWithoutBeingRead() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    Rejection r = (Rejection) read(big).get(0);
    assertThat(r.reason()).contains("too large").contains("200.0 MB").contains("10.0 MB");

    Path lines = Files.writeString(dir.resolve("long.jsonl"),
        "{\"text\": \"" + "x".repeat(3000) + "\"}\n{\"text\": \"short\"}\n");
    List<IngestItem> items = read(new IngestOptions(1000), lines);
    assertThat(((Rejection) items.get(0)).reason()).contains("too large");
    assertThat(items.get(1)).isInstanceOf(RawDocument.class);
  }

  @Test
  void emptyBinaryAndUnknownFilesAreRejectedWithReasons() throws IOException {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("scan.pdf"), "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII));
    Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Files.writeString(dir.resolve("notes.tsv"), "a\tb");
    Files.writeString(dir.resolve("blank.txt"), "   \n\n  ");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("data.warc.gz")))) {
      out.write("this is not a WARC record".getBytes(StandardCharsets.US_ASCII));
    }
    List<String> reasons = read(dir).stream().map(i -> i.input().replaceAll(".*/", "") + ": " + ((Rejection) i).reason()).toList();
    assertThat(reasons).containsExactly(
        "blank.txt: no text (only white space)",
        "data.warc.gz#1: not a WARC file: " + reasons.get(1).replaceAll(".*not a WARC file: ", ""),
        "empty.txt: empty file",
        "notes.tsv: unsupported file type .tsv (expected .txt, .html, .htm, .jsonl, .warc, .warc.gz)",
        "photo.txt: binary content (PNG image), not text",
        "scan.pdf: binary content (PDF); unsupported file type .pdf (expected .txt, .html, .htm, .jsonl, .warc, .warc.gz)");
  }

  @Test
  void warcResponsesAreReadAndATruncatedRecordIsRejected() throws IOException {
    Path warc = dir.resolve("news.warc.gz");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      writer.write(response("https://news.example/2020/10/10/talks", "<html><body><p>Talks in Moscow.</p></body></html>",
          "text/html; charset=utf-8"));
      writer.write(response("https://news.example/logo.png", "PNGDATA", "image/png"));
    }
    List<IngestItem> items = read(warc);
    assertThat(items).hasSize(2);
    RawDocument page = (RawDocument) items.get(0);
    assertThat(page.url()).isEqualTo("https://news.example/2020/10/10/talks");
    assertThat(page.content()).contains("Talks in Moscow.");
    assertThat(page.crawled()).startsWith("2020-10-11");
    assertThat(((Rejection) items.get(1)).reason()).contains("not an HTML response (image/png)");

    // Cut the file in the middle of the second record.
    Path plain = dir.resolve("cut.warc");
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(plain,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
      writer.write(response("https://news.example/a", "<p>First article with enough text.</p>", "text/html"));
      writer.write(response("https://news.example/b", "<p>" + "Second article. ".repeat(50) + "</p>", "text/html"));
    }
    byte[] bytes = Files.readAllBytes(plain);
    Files.write(plain, java.util.Arrays.copyOf(bytes, bytes.length - 300));
    List<IngestItem> cut = read(plain);
    assertThat(cut.get(0)).isInstanceOf(RawDocument.class);
    assertThat(cut).last().isInstanceOf(Rejection.class);
    assertThat(((Rejection) cut.get(cut.size() - 1)).reason()).contains("truncated");
  }

  private static WarcResponse response(String url, String body, String type) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
        .build();
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2020-10-11T08:00:00Z"))
        .body(http)
        .build();
  }
}
