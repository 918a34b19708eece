package nl.afweging.model;

import java.util.Map;

/**
 * A rule that fired: its id, naam, grondslag and uitleg as written in the rule file, where it is written
 * ({@code bron}: file and line, or table row) and the input values it read ({@code gelezen}).
 */
public record ToegepasteRegel(String id, String naam, String grondslag, String uitleg, String bron,
                              Map<String, Object> gelezen) {}
