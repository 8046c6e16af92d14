package org.dossier.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.duplicates.Fingerprint;
import org.dossier.events.Event;
import org.dossier.model.Span;
import org.dossier.stories.DocumentProfile;
import org.dossier.stories.SparseVector;

/**
 * A compact binary form of a {@link DocumentSummary}, so that a store (or a Spark job) can keep what the
 * cross-document stages need of a document without analysing it again. Numbers are variable-length; a string
 * that recurs within one summary (an actor's ID, name and code) is written once and referred back to; feature
 * hashes and weights are written as they are, so a decoded summary equals the encoded one.
 *
 * <p>The first byte is the format's version; {@link #decode} refuses any other.
 */
public final class SummaryCodec {
  /** The format version written by {@link #encode}. */
  public static final int VERSION = 3;

  private SummaryCodec() {}

  public static byte[] encode(DocumentSummary summary) {
    Writer w = new Writer();
    w.out.write(VERSION);
    DocumentProfile p = summary.profile();
    w.string(p.id());
    w.string(p.language());
    w.string(p.title());
    w.string(p.lead());
    w.string(p.published());
    w.date(p.from());
    w.date(p.to());
    w.vector(p.shared());
    w.vector(p.words());
    Fingerprint f = summary.fingerprint();
    w.varint(f.shingles());
    int[] minima = f.minima();
    w.varint(minima.length);
    for (int m : minima) w.fixedInt(m);
    w.varint(summary.events().size());
    for (Event e : summary.events()) w.event(e);
    return w.out.toByteArray();
  }

  /** The summary {@link #encode} wrote; an {@link IllegalArgumentException} for bytes it did not write. */
  public static DocumentSummary decode(byte[] bytes) {
    Reader r = new Reader(bytes);
    try {
      int version = r.unsignedByte();
      if (version != VERSION && version != 1) {
        throw new IllegalArgumentException("summary format version " + version + ", expected " + VERSION);
      }
      // version 1, as a store of an earlier release holds it, has no basis of event dates: they read as stated
      r.withBasis = version >= 2;
      DocumentProfile profile = new DocumentProfile(r.string(), r.string(), r.string(), r.string(), r.string(),
          r.date(), r.date(), r.vector(), r.vector());
      int shingles = r.varint();
      int[] minima = new int[r.varint()];
      for (int i = 0; i < minima.length; i++) minima[i] = r.fixedInt();
      Fingerprint fingerprint = Fingerprint.of(minima, shingles);
      int n = r.varint();
      List<Event> events = new ArrayList<>(n);
      for (int i = 0; i < n; i++) events.add(r.event());
      if (r.at != bytes.length) throw new IllegalArgumentException((bytes.length - r.at) + " bytes after the summary");
      return new DocumentSummary(profile, fingerprint, events);
    } catch (ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated summary (" + bytes.length + " bytes)", e);
    }
  }

  private static final class Writer {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    final Map<String, Integer> seen = new HashMap<>();

    void varint(long v) {
      if (v < 0) throw new IllegalArgumentException("negative: " + v);
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }

    void fixedInt(int v) {
      for (int s = 24; s >= 0; s -= 8) out.write(v >>> s);
    }

    void fixedLong(long v) {
      for (int s = 56; s >= 0; s -= 8) out.write((int) (v >>> s));
    }

    /** 0 null, 1 a new string follows, k ≥ 2 the (k-2)-th string written before. */
    void string(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      Integer ref = seen.get(s);
      if (ref != null) {
        varint(ref + 2L);
        return;
      }
      seen.put(s, seen.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(1);
      varint(utf8.length);
      out.writeBytes(utf8);
    }

    void date(LocalDate d) {
      if (d == null) {
        varint(0);
      } else {
        long day = d.toEpochDay();
        varint(1 + ((day << 1) ^ (day >> 63))); // zigzag, so days before 1970 stay short
      }
    }

    void vector(SparseVector v) {
      varint(v.size());
      for (int i = 0; i < v.size(); i++) fixedLong(v.key(i));
      for (int i = 0; i < v.size(); i++) fixedInt(Float.floatToRawIntBits(v.weight(i)));
    }

    void span(Span s) {
      varint(s.start());
      varint(s.length());
    }

    void actors(List<Event.Actor> actors) {
      varint(actors.size());
      for (Event.Actor a : actors) {
        string(a.entity());
        string(a.name());
        string(a.code());
        string(a.inferred());
      }
    }

    void event(Event e) {
      string(e.cameo());
      string(e.label());
      varint(e.modality().ordinal());
      string(e.date().value());
      varint(e.date().granularity().ordinal());
      varint(e.date().basis().ordinal());
      actors(e.source());
      actors(e.target());
      actors(e.mediator());
      if (e.location() == null) {
        varint(0);
      } else {
        varint(1);
        string(e.location().entity());
        string(e.location().name());
        string(e.location().country());
      }
      if (e.fatalities() == null) {
        varint(0);
      } else {
        varint(1 + e.fatalities().qualifier().ordinal());
        varint(e.fatalities().count());
      }
      span(e.evidence());
      span(e.trigger());
    }
  }

  private static final class Reader {
    final byte[] in;
    final List<String> seen = new ArrayList<>();
    int at;
    /** whether event dates carry their basis (format version 2 on) */
    boolean withBasis = true;

    Reader(byte[] in) {
      this.in = in;
    }

    int unsignedByte() {
      return in[at++] & 0xFF;
    }

    long varlong() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = unsignedByte();
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) return v;
      }
      throw new IllegalArgumentException("malformed number at byte " + at);
    }

    int varint() {
      long v = varlong();
      if (v > Integer.MAX_VALUE) throw new IllegalArgumentException("number out of range at byte " + at);
      return (int) v;
    }

    int fixedInt() {
      int v = 0;
      for (int i = 0; i < 4; i++) v = (v << 8) | unsignedByte();
      return v;
    }

    long fixedLong() {
      long v = 0;
      for (int i = 0; i < 8; i++) v = (v << 8) | unsignedByte();
      return v;
    }

    String string() {
      int tag = varint();
      if (tag == 0) return null;
      if (tag >= 2) {
        if (tag - 2 >= seen.size()) throw new IllegalArgumentException("bad string reference at byte " + at);
        return seen.get(tag - 2);
      }
      int length = varint();
      if (length > in.length - at) throw new ArrayIndexOutOfBoundsException(at + length);
      String s = new String(in, at, length, StandardCharsets.UTF_8);
      at += length;
      seen.add(s);
      return s;
    }

    LocalDate date() {
      long tag = varlong();
      if (tag == 0) return null;
      long zigzag = tag - 1;
      return LocalDate.ofEpochDay((zigzag >>> 1) ^ -(zigzag & 1));
    }

    SparseVector vector() {
      int n = varint();
      if (n > (in.length - at) / 12) throw new ArrayIndexOutOfBoundsException(at + 12 * n);
      long[] keys = new long[n];
      float[] weights = new float[n];
      for (int i = 0; i < n; i++) keys[i] = fixedLong();
      for (int i = 0; i < n; i++) weights[i] = Float.intBitsToFloat(fixedInt());
      return SparseVector.of(keys, weights);
    }

    Span span() {
      int start = varint();
      return new Span(start, start + varint());
    }

    List<Event.Actor> actors() {
      int n = varint();
      List<Event.Actor> actors = new ArrayList<>(n);
      for (int i = 0; i < n; i++) actors.add(new Event.Actor(string(), string(), string(), string()));
      return actors;
    }

    Event event() {
      String cameo = string();
      String label = string();
      Event.Modality modality = of(Event.Modality.values(), varint());
      String dateValue = string();
      Event.EventDate.Granularity granularity = of(Event.EventDate.Granularity.values(), varint());
      Event.EventDate date = new Event.EventDate(dateValue, granularity,
          withBasis ? of(Event.EventDate.Basis.values(), varint()) : null);
      List<Event.Actor> source = actors();
      List<Event.Actor> target = actors();
      List<Event.Actor> mediator = actors();
      Event.Location location = varint() == 0 ? null : new Event.Location(string(), string(), string());
      int fatalityTag = varint();
      Event.Fatalities fatalities = fatalityTag == 0 ? null
          : new Event.Fatalities(varlong(), of(Event.Fatalities.Qualifier.values(), fatalityTag - 1));
      return new Event(cameo, label, modality, date, source, target, mediator, location, fatalities, span(), span());
    }

    private <T> T of(T[] values, int ordinal) {
      if (ordinal >= values.length) throw new IllegalArgumentException("bad value " + ordinal + " at byte " + at);
      return values[ordinal];
    }
  }
}
