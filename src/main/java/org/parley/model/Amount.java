package org.parley.model;

/**
 * A quantity the article states: money, a percentage or a count with its unit.
 *
 * @param kind     MONEY, PERCENT or COUNT
 * @param value    the number, scaled ("US$16 billion" -> 1.6E10; "25 per cent" -> 25)
 * @param currency ISO 4217 code for money, null otherwise or when unknown
 * @param usd      value in US dollars at the reference rate of the currencies data file, null when unknown
 * @param unit     what is counted ("tariffs", "troops"), null when the text does not say
 */
public record Amount(int start, int end, String text, String kind, double value, String currency, Double usd,
                     String unit) {
}
