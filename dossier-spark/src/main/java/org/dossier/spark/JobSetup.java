package org.dossier.spark;

import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.dossier.pack.Pack;
import org.dossier.pipeline.PipelineConfig;

/**
 * What every task needs, broadcast once: the pipeline's configuration, the loaded pack, the driver's Hadoop settings
 * (file system options and credentials set with {@code spark.hadoop.*}).
 */
record JobSetup(PipelineConfig config, Pack pack, SerializableWritable<Configuration> hadoop) implements Serializable {}
