package org.dossier.text;

import java.util.List;
import org.dossier.model.Span;

/** Sentences and tokens of a text, as spans in text order. */
public record Segmentation(List<Span> sentences, List<Span> tokens) {}
