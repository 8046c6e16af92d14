package org.dossier.model;

/**
 * One article as read from the input, before analysis.
 *
 * @param input      path, plus {@code #line} / {@code #record} for JSONL and WARC
 * @param ownId      the input's own identifier (JSONL {@code id}) or null
 * @param kind       whether {@code content} is plain text or HTML
 * @param content    the decoded text or markup
 * @param url        source URL from metadata, or null
 * @param title      title from metadata, or null
 * @param published  publication date string from metadata (JSONL, header lines), or null
 * @param headerDate the inline {@code date YYYY-MM[-DD]} header of a text file, verbatim, or null
 * @param crawled    when a crawler fetched the page (WARC-Date), an upper bound for publication, or null
 */
public record RawDocument(
    String input,
    String ownId,
    Kind kind,
    String content,
    String url,
    String title,
    String published,
    String headerDate,
    String crawled)
    implements IngestItem {

  public enum Kind { TEXT, HTML }

  /**
   * A hash of everything the input holds but its place ({@code input}): the same article read again, under
   * any name, hashes the same. A store keys "already analysed" by it.
   */
  public String contentHash() {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {ownId, kind.name(), url, title, published, headerDate, crawled, content}) {
        if (part == null) {
          sha.update((byte) 0);
        } else {
          sha.update((byte) 1);
          byte[] bytes = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
          sha.update(Integer.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          sha.update((byte) ':');
          sha.update(bytes);
        }
      }
      return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
