package org.dossier.store;

/**
 * An entity as the store knows it: its pack ID, canonical name, type and country (as its mentions give them),
 * how often it is mentioned and in how many documents, and in how many event mentions it acts in each role.
 */
public record ActorSummary(String entity, String name, String type, String country, long mentions, long documents,
    long asSource, long asTarget, long asMediator) {}
