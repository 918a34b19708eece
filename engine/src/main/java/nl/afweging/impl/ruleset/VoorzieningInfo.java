package nl.afweging.impl.ruleset;

import java.math.BigDecimal;

/** One catalogue row as loaded: the data a {@code Voorstel} with this code turns into. */
public record VoorzieningInfo(String code, String naam, String productcategorie, BigDecimal bedrag, String eenheid,
                       String kostenbron) {}
