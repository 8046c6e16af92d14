package org.dossier.pack;

import java.io.Serializable;

/** A place of a pack, with coordinates for maps. */
public record Place(String id, String name, String country, double lat, double lon, String kind) implements Serializable {}
