package org.dossier.pack;

/** The kinds of entity the contract knows. */
public enum EntityType { PERSON, COUNTRY, ORGANIZATION, LOCATION, GROUP }
