package org.dossier.entities;

/**
 * A nationality adjective ("armenische", "Azerbaijani"): not a mention of the country, but it marks the
 * nationality of the people and things it qualifies, which the event coder needs for its actors.
 *
 * @param country the country actor's id
 * @param code    its ISO 3166-1 alpha-3 (or pack) code
 */
public record Nationality(int start, int end, String surface, String country, String code) {}
