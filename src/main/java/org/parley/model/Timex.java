package org.parley.model;

/**
 * A time expression resolved against the article's publication date.
 *
 * @param value TIMEX3 value as given by SUTime ("2018-08-14", "2018-W33", "PRESENT_REF"...)
 * @param from  first day it covers (ISO date), null when it cannot be placed on a calendar
 * @param to    last day it covers (ISO date), null likewise
 */
public record Timex(int start, int end, String text, String type, String value, String from,
                    String to, int firstToken, int endToken) {
}
