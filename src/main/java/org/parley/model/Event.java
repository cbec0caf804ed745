package org.parley.model;

/**
 * A CAMEO-coded event with the sentence that shows it.
 *
 * @param source     who acts; null when the text does not say
 * @param target     who is acted on; null when none
 * @param code       CAMEO event code ("042")
 * @param goldstein  Goldstein conflict-cooperation value of the code
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param status     occurred, announced, planned, negated or hypothetical
 * @param dateFrom   first day (ISO) the event covers, null when unknown
 * @param dateTo     last day (ISO), null when unknown
 * @param start      evidence start: the sentence's first character in the body
 * @param end        evidence end (exclusive)
 * @param trigger    the word the code was read from, with its offsets
 * @param place      where it happens, null when the text does not say
 */
public record Event(Actor source, Actor target, String code, double goldstein, int quadClass,
                    String status, String dateFrom, String dateTo, int start, int end,
                    String evidence, String trigger, int triggerStart, int triggerEnd, Place place) {

    public Event(Actor source, Actor target, String code, double goldstein, int quadClass, String status,
                 String dateFrom, String dateTo, int start, int end, String evidence, String trigger,
                 int triggerStart, int triggerEnd) {
        this(source, target, code, goldstein, quadClass, status, dateFrom, dateTo, start, end, evidence, trigger,
                triggerStart, triggerEnd, null);
    }

    public String root() {
        return code.substring(0, 2);
    }

    /** The same event with another target. */
    public Event withTarget(Actor other) {
        return new Event(source, other, code, goldstein, quadClass, status, dateFrom, dateTo, start, end, evidence, trigger,
                triggerStart, triggerEnd, place);
    }

    /** The same event with another status. */
    public Event withStatus(String other) {
        return new Event(source, target, code, goldstein, quadClass, other, dateFrom, dateTo, start, end, evidence, trigger,
                triggerStart, triggerEnd, place);
    }
}
