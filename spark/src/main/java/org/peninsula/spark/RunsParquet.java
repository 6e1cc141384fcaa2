package org.peninsula.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.peninsula.experiment.RunsCsv;
import org.peninsula.model.Outcome;

/**
 * runs.csv as one Parquet file, written on the driver as the rows are read (constant memory,
 * and the file lands where the study folder is, whatever the cluster). The columns are
 * runs.csv's, in its order and with its names: {@code run} and {@code seed} int64, one double
 * per drawn parameter, {@code future} string, one double per outcome, {@code error} string;
 * an empty CSV cell (nothing drawn, a failed run, no error) is null.
 */
final class RunsParquet {
  private RunsParquet() {}

  static MessageType schema(List<String> drawn) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    b.required(PrimitiveTypeName.INT64).named(RunsCsv.RUN);
    b.required(PrimitiveTypeName.INT64).named(RunsCsv.SEED);
    for (String p : drawn) {
      b.optional(PrimitiveTypeName.DOUBLE).named(p);
    }
    b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
        .named(RunsCsv.FUTURE);
    for (Outcome o : Outcome.values()) {
      b.optional(PrimitiveTypeName.DOUBLE).named(o.key());
    }
    b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
        .named(RunsCsv.ERROR);
    return b.named("run");
  }

  /** Writes {@code csv} as {@code out} (replaced atomically). */
  static void write(Path csv, Path out) throws IOException {
    List<String> drawn = RunsCsv.drawnPaths(csv);
    MessageType schema = schema(drawn);
    Configuration conf = new Configuration();
    // the raw local file system: no .crc files beside the result
    conf.set("fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem");
    conf.setBoolean("fs.file.impl.disable.cache", true);
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    SimpleGroupFactory groups = new SimpleGroupFactory(schema);
    try (ParquetWriter<Group> w = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(
        new org.apache.hadoop.fs.Path(tmp.toUri()), conf))
        .withConf(conf).withType(schema).withCompressionCodec(CompressionCodecName.SNAPPY)
        .build()) {
      IOException[] failure = {null};
      RunsCsv.read(csv, row -> {
        if (failure[0] != null) {
          return;
        }
        Group g = groups.newGroup();
        g.add(RunsCsv.RUN, row.run());
        g.add(RunsCsv.SEED, row.seed());
        for (int i = 0; i < drawn.size(); i++) {
          if (!Double.isNaN(row.drawn()[i])) {
            g.add(drawn.get(i), row.drawn()[i]);
          }
        }
        if (row.future() != null) {
          g.add(RunsCsv.FUTURE, row.future().name());
        }
        for (Outcome o : Outcome.values()) {
          double v = row.values()[o.ordinal()];
          if (!Double.isNaN(v)) {
            g.add(o.key(), v);
          }
        }
        if (row.error() != null) {
          g.add(RunsCsv.ERROR, row.error());
        }
        try {
          w.write(g);
        } catch (IOException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
