package org.dossier.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Small HTTP helpers the tests share. */
final class ApiTestSupport {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private ApiTestSupport() {}

  static String header(String url, String name) throws IOException {
    try {
      HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.discarding());
      return r.headers().firstValue(name).orElse("");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
