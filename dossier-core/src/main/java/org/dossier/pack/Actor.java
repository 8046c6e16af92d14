package org.dossier.pack;

import java.io.Serializable;

/** A person, country, organisation or group of a pack. {@code country} is whom it belongs to or acts for. */
public record Actor(String id, EntityType type, String name, String country) implements Serializable {}
