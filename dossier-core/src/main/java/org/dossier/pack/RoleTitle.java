package org.dossier.pack;

import java.io.Serializable;

/** A word that introduces an office in text ("foreign minister", "Außenminister"), lower case. */
public record RoleTitle(String role, String lang, String title) implements Serializable {}
