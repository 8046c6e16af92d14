package org.dossier.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dossier.ingest.Ingest;
import org.dossier.ingest.IngestOptions;
import org.dossier.model.IngestItem;
import org.dossier.model.Rejection;

/**
 * The input files of a job on any Hadoop file system ({@code file://}, {@code hdfs://}, {@code s3a://}, or a
 * plain local path), listed on the driver in the order {@link Ingest} reads local inputs: as given, folders
 * recursively in name order, hidden entries skipped. Each file is named as the user spelled its input plus
 * the path below it, so items are named as {@code dossier analyze} names them.
 */
final class InputFiles {
  /** One file to read: its place in the listing, its name for the items, its location and size. */
  record InputFile(int index, String name, String location, long size) implements Serializable {}

  private InputFiles() {}

  /** Every file below the inputs; an input that does not exist is listed with a null location. */
  static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      String name = input.endsWith("/") && input.length() > 1 ? input.substring(0, input.length() - 1) : input;
      if (!fs.exists(path)) {
        files.add(new InputFile(files.size(), name, null, 0));
        continue;
      }
      walk(fs, fs.getFileStatus(path), name, files);
    }
    return files;
  }

  private static void walk(FileSystem fs, FileStatus status, String name, List<InputFile> files) throws IOException {
    if (!status.isDirectory()) {
      files.add(new InputFile(files.size(), name, status.getPath().toString(), status.getLen()));
      return;
    }
    FileStatus[] children = fs.listStatus(status.getPath());
    Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
    for (FileStatus child : children) {
      String childName = child.getPath().getName();
      if (childName.startsWith(".")) continue;
      walk(fs, child, name + "/" + childName, files);
    }
  }

  /** The input items of one file, read lazily through the core's readers. */
  static Iterator<IngestItem> read(InputFile file, Configuration hadoop, IngestOptions options) {
    if (file.location() == null) return List.<IngestItem>of(new Rejection(file.name(), "not a regular file")).iterator();
    try {
      Path path = new Path(file.location());
      FileSystem fs = path.getFileSystem(hadoop);
      return Ingest.readFile(file.name(), file.size(), fs.open(path), options);
    } catch (IOException e) {
      return List.<IngestItem>of(new Rejection(file.name(), "read error: " + e.getMessage())).iterator();
    } catch (UncheckedIOException e) {
      return List.<IngestItem>of(new Rejection(file.name(), "read error: " + e.getCause().getMessage())).iterator();
    }
  }

}
