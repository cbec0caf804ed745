package org.parley.store;

/**
 * One real-world event and what its mentions across articles say of it, GDELT-style.
 *
 * @param id          row id; 0 for a cluster not stored yet
 * @param status      occurred as soon as one mention reports it done, else the latest mention's
 * @param dateFrom    first day, from the mentions with the cluster's status
 * @param numSources  distinct outlets (an article without an outlet counts as its own source)
 * @param firstSeen   earliest publication time among the mentions' articles
 * @param confidence  0..1, grows with the number of articles that report it
 */
public record EventCluster(long id, String sourceCode, String sourceCountry, String sourceName,
                           String targetCode, String targetCountry, String targetName, String code, String root,
                           double goldstein, int quadClass, String status, String dateFrom, String dateTo,
                           int numMentions, int numSources, int numArticles, String firstSeen, String lastSeen,
                           double confidence) {
}
